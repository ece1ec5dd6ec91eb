package vn.govportal.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents a query matches, found in one pass that scores nothing, and then a query for
 * exactly those. Counting them is then free, and each clause that scores them reads the words'
 * lists against these bits instead of repeating every word and filter. Only for the searcher
 * (the point-in-time view of the index) it was made with.
 */
final class MatchSet extends Query {

    private final FixedBitSet[] bits;
    private final int[] counts;
    private final long total;

    private MatchSet(FixedBitSet[] bits, int[] counts) {
        this.bits = bits;
        this.counts = counts;
        long sum = 0;
        for (int count : counts) {
            sum += count;
        }
        this.total = sum;
    }

    static MatchSet of(IndexSearcher searcher, Query query) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        int[] counts = new int[leaves.size()];
        searcher.search(query, new CollectorManager<Collector, Void>() {
            @Override
            public Collector newCollector() {
                return new Collector() {
                    @Override
                    public LeafCollector getLeafCollector(LeafReaderContext leaf) {
                        FixedBitSet set = new FixedBitSet(leaf.reader().maxDoc());
                        bits[leaf.ord] = set;
                        return new LeafCollector() {
                            @Override
                            public void setScorer(Scorable scorer) {
                            }

                            @Override
                            public void collect(int doc) {
                                set.set(doc);
                                counts[leaf.ord]++;
                            }
                        };
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                };
            }

            @Override
            public Void reduce(java.util.Collection<Collector> collectors) {
                return null;
            }
        });
        return new MatchSet(bits, counts);
    }

    /** How many documents matched. */
    long total() {
        return total;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext leaf) {
                FixedBitSet set = leaf.ord < bits.length ? bits[leaf.ord] : null;
                if (set == null || counts[leaf.ord] == 0) {
                    return null;
                }
                return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(set, counts[leaf.ord]));
            }

            @Override
            public boolean isCacheable(LeafReaderContext leaf) {
                // Made for one search: nothing for the query cache to keep.
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "MatchSet(" + total + ")";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
