package org.tiepdan.org.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.OrgUnitKind;

/** The forms of the unit screens: JavaBeans for Spring's binding, their plain accessors written by Lombok. */
final class OrgUnitForms {

    private OrgUnitForms() {
    }

    @Getter
    @Setter
    static class UnitForm {
        @NotBlank
        @Size(max = OrgUnit.NAME_MAX)
        private String name;
        @NotNull
        private OrgUnitKind kind;
        private AdminTier tier;
        private Long parentId;
        @Size(max = OrgUnit.CODE_MAX)
        private String code;
        @NotNull
        private LocalDate validFrom;
        private long version;
    }

    @Getter
    @Setter
    static class CloseForm {
        @NotNull
        private LocalDate validTo;
    }

    @Getter
    @Setter
    static class MergeForm {
        @NotEmpty
        private List<Long> predecessorIds = new ArrayList<>();
        @NotNull
        private LocalDate effectiveOn;
        @Size(max = 2000)
        private String note;
    }

    @Getter
    @Setter
    static class CatalogueForm {
        private MultipartFile file;
        @NotNull
        private LocalDate effectiveOn;
    }
}
