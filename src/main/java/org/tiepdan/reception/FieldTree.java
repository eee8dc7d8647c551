package org.tiepdan.reception;

import java.util.Map;
import java.util.Optional;

/**
 * The field (lĩnh vực) tree of the statistical forms and the national database (issue 21,
 * {@code reception_field}, docs/data-model.md), for the records of other modules that carry a field
 * (petitions). Data, not an enum: the old flat codes ({@code LAND}, {@code ADMINISTRATION},
 * {@code JUSTICE}) stay accepted as aliases of the node they mean.
 */
public interface FieldTree {

    /** The nodes offered for choice, in tree order: code → label under its ancestors ("Hành chính › Đất đai"). */
    Map<String, String> offered();

    /**
     * The node a code given on input stands for: a node offered for choice is itself, an old flat code
     * its node ({@code LAND} → {@code ADM_LAND}); empty for a code the tree does not accept.
     */
    Optional<String> node(String code);

    /** The label of a code of the tree (node, group or alias); the code itself when unknown, null for null. */
    String label(String code);
}
