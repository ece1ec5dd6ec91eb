package vn.govportal.document;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.govportal.publishing.PublicationStatus;

/**
 * A document as one save left it: what its form held, kept as JSON (its fields, files and
 * relations are lists that change with it). Never changed; going back to one saves it anew.
 */
@Entity
@Table(name = "legal_document_revision")
public class DocumentRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "revision_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 1_000_000)
    private String snapshot;

    @Column(name = "saved_by", nullable = false, length = 60)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected DocumentRevision() {
    }

    /** {@code relations}: "số ký hiệu | cơ quan" of the documents it replaces, then of those it amends. */
    DocumentRevision(LegalDocument d, int number, List<String> replaces, List<String> amends, String savedBy, Instant savedAt) {
        this.documentId = d.getId();
        this.number = number;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("number", d.getNumber()).add("type", d.getType().name()).add("summary", d.getSummary())
                .add("authority", d.getAuthority()).add("issued", d.getIssuedOn().toString())
                .add("effective", d.getEffectiveOn().toString()).add("status", d.getStatus().name());
        optional(json, "summaryEn", d.getSummaryEn());
        optional(json, "signer", d.getSigner());
        optional(json, "signerPosition", d.getSignerPosition());
        optional(json, "expires", d.getExpiresOn() == null ? null : d.getExpiresOn().toString());
        JsonArrayBuilder fields = Json.createArrayBuilder();
        d.getFields().forEach(f -> fields.add(f.getId()));
        JsonArrayBuilder files = Json.createArrayBuilder();
        d.getFiles().forEach(f -> files.add(f.getId()));
        JsonArrayBuilder replacing = Json.createArrayBuilder();
        replaces.forEach(replacing::add);
        JsonArrayBuilder amending = Json.createArrayBuilder();
        amends.forEach(amending::add);
        this.snapshot = json.add("fields", fields).add("files", files).add("replaces", replacing).add("amends", amending)
                .build().toString();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    /** Puts what this save held into {@code form}: its text and dates into the document, the rest into the lists. */
    public void fill(LegalDocument form, List<Long> fieldIds, List<Long> fileIds, StringBuilder replaces, StringBuilder amends) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(snapshot))) {
            json = reader.readObject();
        }
        form.setNumber(json.getString("number"));
        form.setType(DocumentType.valueOf(json.getString("type")));
        form.setSummary(json.getString("summary"));
        form.setSummaryEn(json.getString("summaryEn", null));
        form.setAuthority(json.getString("authority"));
        form.setSigner(json.getString("signer", null));
        form.setSignerPosition(json.getString("signerPosition", null));
        form.setIssuedOn(LocalDate.parse(json.getString("issued")));
        form.setEffectiveOn(LocalDate.parse(json.getString("effective")));
        form.setExpiresOn(json.containsKey("expires") ? LocalDate.parse(json.getString("expires")) : null);
        form.setStatus(PublicationStatus.valueOf(json.getString("status")));
        fieldIds.clear();
        json.getJsonArray("fields").getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> fieldIds.add(n.longValue()));
        fileIds.clear();
        json.getJsonArray("files").getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> fileIds.add(n.longValue()));
        replaces.setLength(0);
        replaces.append(String.join("\n", json.getJsonArray("replaces").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList()));
        amends.setLength(0);
        amends.append(String.join("\n", json.getJsonArray("amends").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList()));
    }

    public int getNumber() {
        return number;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
