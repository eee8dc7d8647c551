package org.tiepdan.history.internal;

import static org.tiepdan.history.internal.FieldDef.choice;
import static org.tiepdan.history.internal.FieldDef.of;
import static org.tiepdan.history.internal.FieldDef.ref;
import static org.tiepdan.history.internal.FieldDef.text;

import java.util.List;
import java.util.Optional;

/**
 * The record types of a history bundle, in the order they are written (parents before children).
 * Each is one sheet of the template and one array of the JSON bundle; field names are the JSON
 * property names, sheet headers are {@code history.field.<TYPE>.<name>}. Types whose records are
 * pointed to by others need a declared key; the others get a hash of their identifying fields.
 */
enum RecordType {
    SESSION("sessions", true, List.of("unit", "date", "kind", "place", "hostName"),
            text("key", true), of("unit", FieldKind.UNIT, true), choice("kind", "sessionKind", true),
            of("date", FieldKind.DATE, true), text("place", true), choice("hostCapacity", "hostCapacity", true),
            of("hostUnit", FieldKind.UNIT, false), text("hostName", true), text("hostAuthorisation", false),
            choice("host2Capacity", "hostCapacity", false), of("host2Unit", FieldKind.UNIT, false),
            text("host2Name", false), text("host2Authorisation", false), text("participants", false)),
    VISIT("visits", false, List.of("session", "citizenName", "content"),
            text("key", false), ref("session", "SESSION", true), text("citizenName", true),
            choice("idKind", "idKind", false), text("idNumber", false),
            text("hamlet", false), text("address", false), of("delegation", FieldKind.BOOL, false),
            of("headcount", FieldKind.INT, false), of("representatives", FieldKind.LIST, false),
            text("content", true), choice("field", "receptionField", true), of("complex", FieldKind.BOOL, false),
            of("prolonged", FieldKind.BOOL, false), of("degradation", FieldKind.BOOL, false),
            choice("outcome", "visitOutcome", true), text("handling", false),
            choice("refusalGround", "refusalGround", false), text("refusalNoticeNumber", false),
            of("refusalNoticeDate", FieldKind.DATE, false), ref("sameMatterAs", "VISIT", false),
            choice("matterKind", "visitMatterKind", false), of("newMatter", FieldKind.BOOL, false)),
    PETITION("petitions", false, List.of("unit", "receivedOn", "petitioner", "content"),
            text("key", false), of("unit", FieldKind.UNIT, true), of("receivedOn", FieldKind.DATE, true),
            choice("channel", "channel", true), text("senderBody", false), text("dispatchNumber", false),
            of("dispatchDate", FieldKind.DATE, false), ref("visit", "VISIT", false), text("petitioner", false),
            choice("idKind", "idKind", false), text("idNumber", false), text("address", false),
            of("headcount", FieldKind.INT, false),
            choice("kind", "petitionKind", true), choice("field", "receptionField", false), text("content", true),
            choice("competence", "competence", true), of("complex", FieldKind.BOOL, false),
            of("prolonged", FieldKind.BOOL, false), of("degradation", FieldKind.BOOL, false),
            of("incited", FieldKind.BOOL, false), choice("decision", "decision", true),
            of("decidedOn", FieldKind.DATE, true), text("decisionDocument", false), choice("reason", "reason", false),
            text("otherBody", false), of("directionDueOn", FieldKind.DATE, false),
            of("resolvedOn", FieldKind.DATE, false), text("resolutionDocument", false),
            choice("result", "result", false), of("cameBackOn", FieldKind.DATE, false),
            of("newMatter", FieldKind.BOOL, false), choice("destinationCategory", "destinationCategory", false)),
    DIALOGUE("dialogues", true, List.of("unit", "heldOn"),
            text("key", true), of("unit", FieldKind.UNIT, true), choice("kind", "dialogueKind", true),
            of("heldOn", FieldKind.DATE, true), text("place", true), text("chair", true), text("topic", false),
            of("participants", FieldKind.INT, false), text("conclusionNumber", false),
            of("conclusionOn", FieldKind.DATE, false)),
    OPINION("opinions", true, List.of("dialogue", "content"),
            text("key", true), ref("dialogue", "DIALOGUE", true), text("citizenName", false), text("hamlet", false),
            text("content", true), of("answeredAtDialogue", FieldKind.BOOL, false), text("escalatedTo", false)),
    ASSIGNMENT("assignments", false, List.of("opinion", "assignee", "task"),
            text("key", false), ref("opinion", "OPINION", true), of("assignee", FieldKind.UNIT, true),
            text("task", true), of("dueOn", FieldKind.DATE, false), of("answeredOn", FieldKind.DATE, false),
            text("answerDocument", false)),
    INSPECTION("inspections", true, List.of("unit", "startedOn", "title"),
            text("key", true), of("unit", FieldKind.UNIT, true), choice("kind", "inspectionKind", true),
            choice("mode", "inspectionMode", true), text("title", true), text("topic", false),
            of("startedOn", FieldKind.DATE, true), of("endedOn", FieldKind.DATE, false),
            of("bodies", FieldKind.UNITS, false), text("findings", false)),
    VIOLATION("violations", false, List.of("inspection", "headName", "description"),
            text("key", false), ref("inspection", "INSPECTION", true), text("headName", true),
            text("headTitle", false), of("headUnit", FieldKind.UNIT, false), choice("headRole", "headRole", false),
            text("description", true),
            choice("severity", "severity", true), text("disciplineForm", false),
            of("disciplinedOn", FieldKind.DATE, false)),
    OUTREACH("outreachEvents", false, List.of("unit", "heldOn", "title"),
            text("key", false), of("unit", FieldKind.UNIT, true), choice("kind", "outreachKind", true),
            of("heldOn", FieldKind.DATE, true), text("title", true), text("topic", false),
            of("participants", FieldKind.INT, false), of("materials", FieldKind.INT, false)),
    DOCUMENT("documents", false, List.of("unit", "numberSymbol", "issuedOn"),
            text("key", false), of("unit", FieldKind.UNIT, true), text("numberSymbol", true), text("issuer", false),
            text("summary", true), of("issuedOn", FieldKind.DATE, true), text("topic", false));

    private final String jsonName;
    private final boolean keyRequired;
    private final List<String> identity;
    private final List<FieldDef> fields;

    RecordType(String jsonName, boolean keyRequired, List<String> identity, FieldDef... fields) {
        this.jsonName = jsonName;
        this.keyRequired = keyRequired;
        this.identity = identity;
        this.fields = List.of(fields);
    }

    public String jsonName() {
        return jsonName;
    }

    boolean keyRequired() {
        return keyRequired;
    }

    /** The fields whose values make the key of a row that declares none. */
    List<String> identity() {
        return identity;
    }

    public List<FieldDef> fields() {
        return fields;
    }

    Optional<FieldDef> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    static Optional<RecordType> byJsonName(String name) {
        for (RecordType t : values()) {
            if (t.jsonName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
