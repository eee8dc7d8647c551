package org.tiepdan.document.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.platform.FigureSource;

/**
 * The module's {@link FigureSource} {@code document}: the documents of Phụ lục 1, issued by the
 * subtree in the window on the query's topic (null: any) and of a type flagged "để lãnh đạo, chỉ
 * đạo" ({@link IssuedDocuments#leadershipDocuments}). Codes: {@code documents}, and
 * {@code documents.<TYPE>} for each such type with a document in the window (in the order of the type
 * codes), so the appendix has one row per type present. Records: {@code IssuedDocument}, held by the
 * issuing unit, dated the day of issue, each on its screen. An unknown code has no records.
 *
 * <p>Every cell reads one list of the register; a report asks for the cells, the type rows and the
 * cross-check's ids in one transaction, so the list is read once per query and transaction (a
 * province's ten years hold about a hundred thousand documents, listed in Java).
 */
@Component
@Transactional(readOnly = true)
class DocumentFigures implements FigureSource {

    static final String NAME = "document";
    private static final String ALL = "documents";
    private static final String BY_TYPE = "documents.";

    private final IssuedDocuments documents;

    DocumentFigures(IssuedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes(Query q) {
        List<String> codes = new ArrayList<>(List.of(ALL));
        TreeSet<String> types = new TreeSet<>();
        counted(q).forEach(d -> types.add(d.typeCode()));
        types.forEach(t -> codes.add(BY_TYPE + t));
        return codes;
    }

    @Override
    public List<Counted> records(String code, Query q) {
        if (!code.equals(ALL) && !code.startsWith(BY_TYPE)) {
            return List.of();
        }
        String type = code.equals(ALL) ? null : code.substring(BY_TYPE.length());
        return counted(q).stream().filter(d -> type == null || d.typeCode().equals(type))
                .sorted(Comparator.comparingLong(IssuedDocumentView::id))
                .map(d -> new Counted("IssuedDocument", d.id(), d.unitId(), d.issuedOn(), 1, "/documents/" + d.id()))
                .toList();
    }

    /** One pass over the list for every code asked. */
    @Override
    public Map<String, Map<Long, Long>> totals(Collection<String> codes, Query q) {
        List<IssuedDocumentView> docs = counted(q);
        Map<String, Map<Long, Long>> totals = new LinkedHashMap<>();
        for (String code : codes) {
            Map<Long, Long> byUnit = new LinkedHashMap<>();
            String type = code.equals(ALL) ? null : code.startsWith(BY_TYPE) ? code.substring(BY_TYPE.length()) : "";
            docs.stream().sorted(Comparator.comparingLong(IssuedDocumentView::id))
                    .filter(d -> type == null || d.typeCode().equals(type))
                    .forEach(d -> byUnit.merge(d.unitId(), 1L, Long::sum));
            totals.put(code, byUnit);
        }
        return totals;
    }

    /** The documents counted for the query, read once per transaction (see the class comment). */
    private List<IssuedDocumentView> counted(Query q) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return load(q);
        }
        @SuppressWarnings("unchecked")
        Map<Query, List<IssuedDocumentView>> read = (Map<Query, List<IssuedDocumentView>>) TransactionSynchronizationManager
                .getResource(this);
        if (read == null) {
            Map<Query, List<IssuedDocumentView>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DocumentFigures.this);
                }
            });
            read = fresh;
        }
        return read.computeIfAbsent(q, this::load);
    }

    private List<IssuedDocumentView> load(Query q) {
        return documents.leadershipDocuments(q.units(), q.from(), q.to(), q.topic());
    }
}
