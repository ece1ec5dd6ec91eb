package vn.govportal.document;

import vn.govportal.text.Translatable;

/**
 * How one document acts on an earlier one. Read from the source: it replaces or amends the
 * target; read from the target: it is replaced or amended by the source. Once the source is in
 * force, a replaced document has expired and an amended one has partly expired.
 */
public enum RelationKind implements Translatable {
    REPLACES,
    AMENDS;

    /** As the acting document's page says it: "Thay thế". */
    @Override
    public String getMessageKey() {
        return "document.relation." + name();
    }

    /** As the document acted on says it: "Bị thay thế bởi". */
    public String getPassiveMessageKey() {
        return "document.relation." + name() + ".by";
    }
}
