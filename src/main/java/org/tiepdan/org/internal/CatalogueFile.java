package org.tiepdan.org.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The catalogue file: a list of provinces, each with its communes ("Wards"), in the shape of the
 * "vietnamese-provinces-database" project. Fields other than these are ignored.
 */
final class CatalogueFile {

    private CatalogueFile() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(@JsonProperty("Type") String type, @JsonProperty("Code") String code,
            @JsonProperty("Name") String name, @JsonProperty("FullName") String fullName,
            @JsonProperty("AdministrativeUnitShortName") String shortName,
            @JsonProperty("Wards") List<Entry> wards) {

        List<Entry> communes() {
            return wards == null ? List.of() : wards;
        }

        /** The name shown for the territory: the full name ("Xã Kỳ Thượng"), else the short one. */
        String displayName() {
            String full = fullName == null ? "" : fullName.strip();
            return full.isEmpty() ? (name == null ? "" : name.strip()) : full;
        }
    }
}
