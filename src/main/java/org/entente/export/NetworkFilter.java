package org.entente.export;

import java.time.LocalDate;
import java.util.List;

/**
 * Which events a network is made of. Each part is handed to the network query as a parameter (see
 * {@code queries/export-network.rq}): a part left at its default is left unbound.
 *
 * @param from keep events whose time ends on or after this day; null for no lower bound
 * @param to keep events whose time starts on or before this day; null for no upper bound
 * @param relationTypes keep events of one of these ent: classes ({@code ArmedEngagement}), CAMEO roots ({@code 19})
 *        or CAMEO codes ({@code 190}); empty for all
 * @param includeOrganizations admit organizations as ends of relations (states always are)
 * @param includePersons admit persons as ends of relations
 */
public record NetworkFilter(LocalDate from, LocalDate to, List<String> relationTypes, boolean includeOrganizations,
        boolean includePersons) {
    /** No filter: all asserted relations between states. */
    public static final NetworkFilter NONE = new NetworkFilter(null, null, List.of(), false, false);

    public NetworkFilter {
        relationTypes = List.copyOf(relationTypes);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date window ends (" + to + ") before it starts (" + from + ")");
        }
        for (String type : relationTypes) {
            if (!type.matches("[A-Za-z][A-Za-z0-9]*|[0-9]{2,4}")) {
                throw new IllegalArgumentException("relation type '" + type + "' is neither an ent: event class"
                        + " (such as ArmedEngagement) nor a CAMEO code or root (such as 19 or 190)");
            }
        }
    }

    /** True when every part is at its default. */
    public boolean isNone() {
        return equals(NONE);
    }
}
