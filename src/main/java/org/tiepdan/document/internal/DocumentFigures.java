package org.tiepdan.document.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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

    private List<IssuedDocumentView> counted(Query q) {
        return documents.leadershipDocuments(q.units(), q.from(), q.to(), q.topic());
    }
}
