package org.tiepdan.org.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.platform.DomainException;

/** The forms of the unit screens, and how a broken rule lands beside its field. */
final class OrgUnitForms {

    private OrgUnitForms() {
    }

    /** Puts the message of a broken rule beside its field, or above the form when no field fits. */
    static void reject(BindingResult binding, DomainException e) {
        org.tiepdan.platform.FormErrors.reject(binding, e);
    }

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

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public OrgUnitKind getKind() {
            return kind;
        }

        public void setKind(OrgUnitKind kind) {
            this.kind = kind;
        }

        public AdminTier getTier() {
            return tier;
        }

        public void setTier(AdminTier tier) {
            this.tier = tier;
        }

        public Long getParentId() {
            return parentId;
        }

        public void setParentId(Long parentId) {
            this.parentId = parentId;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    static class CloseForm {
        @NotNull
        private LocalDate validTo;

        public LocalDate getValidTo() {
            return validTo;
        }

        public void setValidTo(LocalDate validTo) {
            this.validTo = validTo;
        }
    }

    static class MergeForm {
        @NotEmpty
        private List<Long> predecessorIds = new ArrayList<>();
        @NotNull
        private LocalDate effectiveOn;
        @Size(max = 2000)
        private String note;

        public List<Long> getPredecessorIds() {
            return predecessorIds;
        }

        public void setPredecessorIds(List<Long> predecessorIds) {
            this.predecessorIds = predecessorIds;
        }

        public LocalDate getEffectiveOn() {
            return effectiveOn;
        }

        public void setEffectiveOn(LocalDate effectiveOn) {
            this.effectiveOn = effectiveOn;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    static class CatalogueForm {
        private MultipartFile file;
        @NotNull
        private LocalDate effectiveOn;

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }

        public LocalDate getEffectiveOn() {
            return effectiveOn;
        }

        public void setEffectiveOn(LocalDate effectiveOn) {
            this.effectiveOn = effectiveOn;
        }
    }
}
