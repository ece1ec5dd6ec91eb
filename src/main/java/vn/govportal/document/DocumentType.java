package vn.govportal.document;

import java.util.Locale;
import vn.govportal.text.Translatable;

/**
 * The kinds of legal and directive document a state agency issues or relays, as the national
 * legal-documents database names them. The key is what the public register's filter carries.
 */
public enum DocumentType implements Translatable {
    LUAT,
    NGHI_DINH,
    NGHI_QUYET,
    THONG_TU,
    QUYET_DINH,
    CHI_THI,
    KE_HOACH,
    HUONG_DAN,
    CONG_VAN,
    THONG_BAO,
    BAO_CAO;

    /** The filter's value: "quyet-dinh". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type a filter value names, or null for anything else (a hand-typed address). */
    public static DocumentType fromKey(String key) {
        for (DocumentType type : values()) {
            if (type.key().equals(key)) {
                return type;
            }
        }
        return null;
    }

    @Override
    public String getMessageKey() {
        return "document.type." + key();
    }
}
