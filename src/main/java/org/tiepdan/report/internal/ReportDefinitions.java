package org.tiepdan.report.internal;

import static org.tiepdan.report.internal.FigureRegistry.DIALOGUE;
import static org.tiepdan.report.internal.FigureRegistry.DOCUMENT;
import static org.tiepdan.report.internal.FigureRegistry.OVERSIGHT;
import static org.tiepdan.report.internal.FigureRegistry.PETITION;
import static org.tiepdan.report.internal.FigureRegistry.RECEPTION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.tiepdan.platform.DomainException;

/**
 * The reports as declared structures of cells, in the order of their layout (REPORTS.md): each cell
 * names the figure that answers it, so the report reads like the appendix it reproduces.
 */
final class ReportDefinitions {

    static final String APPENDIX_1 = "appendix-1";
    static final String APPENDIX_2 = "appendix-2";
    static final String APPENDIX_3 = "appendix-3";
    static final String REGISTER = "document-register";
    static final String PERIODIC = "periodic";
    static final String OUTLINE = "outline";
    /** Every report code, in the order of the reports page. */
    static final List<String> CODES = List.of(APPENDIX_1, APPENDIX_2, APPENDIX_3, REGISTER, PERIODIC, OUTLINE);
    /** The topic tag of Quy định 11 records (documents, inspections, outreach events). */
    static final String QD11 = "QĐ 11";

    /** Phụ lục 2: rows 1–5 from the reception log, 6–9 from the cases. */
    static final ReportDef APPENDIX_2_DEF = new ReportDef(APPENDIX_2, List.of(
            CellDef.of("1.periodic", "1", RECEPTION), CellDef.of("1.adhoc", "1", RECEPTION),
            CellDef.of("2.periodic", "2", RECEPTION), CellDef.of("2.adhoc", "2", RECEPTION),
            CellDef.of("3", "3", RECEPTION), CellDef.of("4", "4", RECEPTION), CellDef.of("5", "5", RECEPTION),
            CellDef.of("6.handled", "6", PETITION), CellDef.of("6.pending", "6", PETITION),
            CellDef.of("7.settled", "7", PETITION), CellDef.of("7.reopened", "7", PETITION),
            CellDef.of("7.open", "7", PETITION), CellDef.of("8.directed", "8", PETITION),
            CellDef.of("8.mass", "8", PETITION), CellDef.of("8.incited", "8", PETITION),
            CellDef.of("9.guided", "9", PETITION)), null, true);

    static final ReportDef APPENDIX_3_DEF = new ReportDef(APPENDIX_3, List.of(
            CellDef.of("1.planned", "1", OVERSIGHT), CellDef.of("1.adhoc", "1", OVERSIGHT),
            CellDef.of("2", "2", OVERSIGHT), CellDef.of("3", "3", OVERSIGHT),
            CellDef.of("4.disciplined", "4", OVERSIGHT), CellDef.of("4.not_disciplined", "4", OVERSIGHT)), QD11, false);

    /** The dialogue figures the periodic report shows (section IV), in its order. */
    static final List<String> DIALOGUE_CODES = List.of("dialogues.held", "dialogues.periodic", "opinions",
            "opinions.answered", "assignments.on_time", "assignments.late", "assignments.open", "assignments.escalated");

    /** The periodic report of reception and petition handling (KL 215 and TT 02 periods). */
    static final ReportDef PERIODIC_DEF = periodic();

    private ReportDefinitions() {
    }

    /** Phụ lục 1: events, participants, materials, documents, then one row per document type present. */
    static ReportDef appendix1(Collection<String> documentTypes) {
        List<CellDef> cells = new ArrayList<>(List.of(CellDef.of("events", "1", OVERSIGHT),
                CellDef.of("participants", "1", OVERSIGHT), CellDef.of("materials", "1", OVERSIGHT),
                CellDef.of("documents", "2", DOCUMENT)));
        documentTypes.forEach(type -> cells.add(CellDef.of("documents." + type, "2", DOCUMENT)));
        return new ReportDef(APPENDIX_1, cells, QD11, true);
    }

    private static ReportDef periodic() {
        List<CellDef> c = new ArrayList<>();
        for (String code : List.of("sessions.periodic", "sessions.adhoc", "sessions.regular", "visits.periodic",
                "visits.adhoc", "visits.regular", "people", "delegations")) {
            c.add(CellDef.of(code, "I", RECEPTION));
        }
        c.add(new CellDef("refused", "I", RECEPTION, "refused.all"));
        c.add(CellDef.of("petitions", "II", PETITION));
        for (String kind : List.of("COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "FEEDBACK", "none")) {
            c.add(CellDef.of("petitions.kind." + kind, "II", PETITION));
        }
        for (String channel : List.of("IN_PERSON", "POST", "TRANSFERRED", "ONLINE", "DIALOGUE", "HOTLINE", "EMAIL")) {
            c.add(CellDef.of("petitions.channel." + channel, "II", PETITION));
        }
        for (String competence : List.of("RESOLVE", "DIRECT", "NONE", "none")) {
            c.add(CellDef.of("petitions.competence." + competence, "II", PETITION));
        }
        for (String code : List.of("cases", "settled.on_time", "settled.late", "open", "decisions.complaint",
                "decisions.denunciation", "outcomes.RIGHT", "outcomes.PARTLY_RIGHT", "outcomes.WRONG", "outcomes.TRUE",
                "outcomes.PARTLY_TRUE", "outcomes.FALSE", "overdue")) {
            c.add(CellDef.of(code, "III", PETITION));
        }
        for (String code : DIALOGUE_CODES) {
            c.add(CellDef.of(code, "IV", DIALOGUE));
        }
        return new ReportDef(PERIODIC, List.copyOf(c), null, true);
    }

    /** The statistical definition of a report code (Phụ lục 1 needs the document types present, see {@link #appendix1}). */
    static ReportDef statistical(String code) {
        return switch (code) {
            case APPENDIX_2 -> APPENDIX_2_DEF;
            case APPENDIX_3 -> APPENDIX_3_DEF;
            case PERIODIC -> PERIODIC_DEF;
            default -> throw DomainException.notFound("report-not-found", code);
        };
    }

    static void requireKnown(String code) {
        if (!CODES.contains(code)) {
            throw DomainException.notFound("report-not-found", code);
        }
    }
}
