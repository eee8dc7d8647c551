package org.tiepdan.reception.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tiepdan.reception.FieldTree;

/** The field tree of {@code reception_field} as other modules read it; the same table the visits use. */
@Component
class ReceptionFieldTree implements FieldTree {

    private final ReferenceData reference;

    ReceptionFieldTree(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public Map<String, String> offered() {
        Map<String, String> offered = new LinkedHashMap<>();
        reference.fields().forEach(f -> offered.put(f.code(), f.path()));
        return offered;
    }

    @Override
    public Optional<String> node(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(reference.fieldCodes().get(code.strip()));
    }

    @Override
    public String label(String code) {
        return code == null ? null : reference.fieldLabels().getOrDefault(code, code);
    }
}
