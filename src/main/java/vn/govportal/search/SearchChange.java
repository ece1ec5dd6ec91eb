package vn.govportal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the search change log: this item changed; its index documents are to be made anew. */
@Entity
@Table(name = "search_change")
public class SearchChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_type", nullable = false, length = 20)
    private String itemType;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SearchChange() {
    }

    public SearchChange(ItemType type, long itemId, Instant changedAt) {
        this.itemType = type.key();
        this.itemId = itemId;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public ItemType getType() {
        return ItemType.fromKey(itemType);
    }

    public long getItemId() {
        return itemId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
