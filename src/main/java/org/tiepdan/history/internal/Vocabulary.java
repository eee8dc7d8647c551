package org.tiepdan.history.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.oversight.ViolationSeverity;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionHistory;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.IdDocumentKind;
import org.tiepdan.reception.ReceptionHistory;
import org.tiepdan.reception.SessionKind;

/**
 * The lists an imported field may take its value from: codes (what the JSON bundle carries and
 * what is stored) with their Vietnamese labels (what the template's drop-downs show). The labels
 * are the ones the screens use, so a spreadsheet reads like the application.
 */
@Component
class Vocabulary {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final List<String> DIALOGUE_KINDS = List.of("PERIODIC", "AD_HOC", "THEMATIC");

    private final MessageSource messages;
    private final ReceptionHistory reception;
    private final PetitionHistory petitions;

    Vocabulary(MessageSource messages, ReceptionHistory reception, PetitionHistory petitions) {
        this.messages = messages;
        this.reception = reception;
        this.petitions = petitions;
    }

    /** Code to label, in the order the list is offered. */
    Map<String, String> options(String list) {
        return switch (list) {
            case "sessionKind" -> labelled(names(SessionKind.values()), "reception.kind.");
            case "hostCapacity" -> labelled(List.of("HEAD", "DEPUTY", "STAFF"), "reception.capacity.");
            case "receptionField" -> reception.fields();
            case "visitOutcome" -> labelled(List.of("ANSWERED", "GUIDED", "PETITION_RECEIVED", "REFUSED"),
                    "reception.outcome.");
            case "refusalGround" -> labelled(reception.refusalGrounds(), "history.refusal.");
            case "visitMatterKind" -> labelled(List.of("COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "MIXED"),
                    "reception.matter-kind.");
            case "channel" -> labelled(names(Channel.values()), "petition.channel.");
            case "petitionKind" -> labelled(names(PetitionKind.values()), "petition.kind.");
            case "competence" -> labelled(names(Competence.values()), "petition.competence.");
            case "decision" -> labelled(names(PetitionHistory.Decision.values()), "petition.action.");
            case "reason" -> labelled(petitions.reasons(), "petition.reason.");
            case "result" -> labelled(petitions.results(), "petition.outcome.");
            case "destinationCategory" -> labelled(petitions.destinationCategories(), "petition.destination-category.");
            case "dialogueKind" -> labelled(DIALOGUE_KINDS, "history.dialogue-kind.");
            case "inspectionKind" -> labelled(names(InspectionKind.values()), "oversight.kind.");
            case "inspectionMode" -> labelled(names(InspectionMode.values()), "oversight.mode.");
            case "severity" -> labelled(names(ViolationSeverity.values()), "oversight.severity.");
            case "headRole" -> labelled(names(HeadRole.values()), "oversight.head-role.");
            case "outreachKind" -> labelled(names(OutreachKind.values()), "oversight.outreach.");
            case "idKind" -> labelled(names(IdDocumentKind.values()), "id-document.kind.");
            case "bool" -> labelled(List.of("true", "false"), "history.bool.");
            default -> throw new IllegalArgumentException(list);
        };
    }

    /** The code a text stands for: the code itself (any case) or its label (diacritics and case ignored). */
    Optional<String> code(String list, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = Fold.fold(text);
        if (list.equals("receptionField") && reception.fieldAliases().containsKey(text.strip())) {
            // The old flat codes (LAND, JUSTICE...) stay accepted as they are, in a sheet as in JSON; the
            // reception module stores each as the node of the field tree it stands for.
            return Optional.of(text.strip());
        }
        for (Map.Entry<String, String> e : options(list).entrySet()) {
            if (e.getKey().equalsIgnoreCase(text.strip()) || Fold.fold(e.getValue()).equals(folded)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** A code the list accepts: one it offers, or for the reception fields an old flat code (an alias). */
    boolean accepts(String list, String code) {
        return options(list).containsKey(code)
                || (list.equals("receptionField") && reception.fieldAliases().containsKey(code));
    }

    String label(String list, String code) {
        return options(list).getOrDefault(code, code);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }

    private Map<String, String> labelled(List<String> codes, String prefix) {
        Map<String, String> map = new LinkedHashMap<>();
        codes.forEach(c -> map.put(c, messages.getMessage(prefix + c, null, c, VI)));
        return map;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
