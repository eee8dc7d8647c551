package org.tiepdan.org.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.OrgUnitKind;

/**
 * Names of the standard bodies of a territory, built from the message patterns
 * {@code org.body.<level>.<KIND>}: {0} is the territory's name as it reads inside a sentence
 * ("xã Kỳ Thượng", "tỉnh Hà Tĩnh"), {1} its bare name ("Kỳ Thượng").
 */
@Component
class AreaNames {

    static final Locale VI = Locale.forLanguageTag("vi");
    /** The kinds of territory a name may start with; the prefixes are messages {@code org.area-type.<type>}. */
    private static final String[] TYPES = {"city", "province", "ward", "commune", "special-zone", "district"};

    private final MessageSource messages;

    AreaNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The standard bodies of a territory, by kind, in the order they are created. */
    Map<OrgUnitKind, String> standardBodies(String areaName, AdminTier tier) {
        String type = typeOf(areaName);
        String bare = bareName(areaName, type);
        String inSentence = areaName.isEmpty() ? areaName
                : areaName.substring(0, 1).toLowerCase(VI) + areaName.substring(1);
        String level = tier == AdminTier.PROVINCE ? "province" : "commune";
        Map<OrgUnitKind, String> bodies = new LinkedHashMap<>();
        for (OrgUnitKind kind : new OrgUnitKind[] {OrgUnitKind.PARTY_COMMITTEE, OrgUnitKind.PEOPLES_COMMITTEE,
                OrgUnitKind.FATHERLAND_FRONT, OrgUnitKind.INSPECTORATE}) {
            String pattern = type == null ? null
                    : messages.getMessage("org.body." + type + "." + kind.name(), null, null, VI);
            if (pattern == null) {
                pattern = messages.getMessage("org.body." + level + "." + kind.name(), null, null, VI);
            }
            if (pattern != null) {
                bodies.put(kind, java.text.MessageFormat.format(pattern, inSentence, bare));
            }
        }
        return bodies;
    }

    private String typeOf(String areaName) {
        for (String type : TYPES) {
            String prefix = messages.getMessage("org.area-type." + type, null, null, VI);
            if (prefix != null && areaName.regionMatches(true, 0, prefix + " ", 0, prefix.length() + 1)) {
                return type;
            }
        }
        return null;
    }

    private String bareName(String areaName, String type) {
        if (type == null) {
            return areaName;
        }
        String prefix = messages.getMessage("org.area-type." + type, null, "", VI);
        return areaName.substring(prefix.length()).strip();
    }
}
