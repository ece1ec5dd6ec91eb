package vn.govportal.document;

import java.util.List;
import vn.govportal.media.MediaInfo;

/**
 * A document's public page: its row, the signer, its fields, its files, and the documents it acts
 * on or that act on it, each named by the relation as read from this side.
 */
public record DocumentDetail(DocumentRow row, String signer, String signerPosition, List<String> fields,
        List<MediaInfo> files, List<Related> related) {

    /** Another document and what it is to this one ("Thay thế", "Bị sửa đổi bởi"). */
    public record Related(String messageKey, DocumentRow document) {

        public String getMessageKey() {
            return messageKey;
        }

        public DocumentRow getDocument() {
            return document;
        }
    }

    public DocumentRow getRow() {
        return row;
    }

    public String getSigner() {
        return signer;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public boolean isSigned() {
        return signer != null && !signer.isBlank();
    }

    public List<String> getFields() {
        return fields;
    }

    public List<MediaInfo> getFiles() {
        return files;
    }

    public List<Related> getRelated() {
        return related;
    }
}
