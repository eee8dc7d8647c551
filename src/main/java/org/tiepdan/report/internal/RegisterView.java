package org.tiepdan.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.document.IssuerKind;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.Dates;

/**
 * The Biểu tổng hợp (document-register) as the reports show it: the register's documents of the
 * unit's subtree in the window, grouped I, II, III by issuer kind in date order. The files are the
 * document module's own ({@code RegisterFiles}).
 */
@Component
public class RegisterView {

    public record Line(int stt, long id, String numberSymbol, String issuer, String summary, String issuedOn, String path) {
    }

    public record Group(String roman, String kind, String label, List<Line> rows) {
    }

    public record Register(String report, long unitId, String unitName, ReportWindow window, String topic, List<Group> groups,
            int total, List<Finding> findings) {
    }

    private static final String[] ROMAN = {"I", "II", "III"};

    private final IssuedDocuments documents;
    private final OrgUnitHierarchy hierarchy;
    private final Texts texts;

    RegisterView(IssuedDocuments documents, OrgUnitHierarchy hierarchy, Texts texts) {
        this.documents = documents;
        this.hierarchy = hierarchy;
        this.texts = texts;
    }

    Register build(long unitId, String unitName, ReportWindow window, String topic, List<Finding> findings) {
        List<IssuedDocumentView> all = documents.list(hierarchy.subtreeWithPredecessors(unitId), window.from(),
                window.to(), topic);
        List<Group> groups = new ArrayList<>();
        int total = 0;
        for (IssuerKind kind : IssuerKind.values()) {
            List<Line> lines = new ArrayList<>();
            for (IssuedDocumentView d : all) {
                if (d.issuerKind() == kind) {
                    lines.add(new Line(lines.size() + 1, d.id(), d.numberSymbol(), d.issuerName(), d.summary(),
                            Dates.format(d.issuedOn()), "/documents/" + d.id()));
                }
            }
            total += lines.size();
            groups.add(new Group(ROMAN[kind.ordinal()], kind.name(), texts.msg("document.issuer." + kind.name()), lines));
        }
        return new Register(ReportDefinitions.REGISTER, unitId, unitName, window, topic, groups, total, findings);
    }
}
