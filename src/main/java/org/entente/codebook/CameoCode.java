package org.entente.codebook;

import java.math.BigDecimal;

/**
 * One CAMEO event code as the codebook describes it: its description, the PLOVER event type and mode it maps to, and
 * its weight on the Goldstein conflict-cooperation scale (-10 to +10).
 *
 * @param code two to four digits, e.g. {@code "0311"}
 * @param ploverType the PLOVER event type ({@code AGREE} ... {@code ASSAULT}), or empty for codes PLOVER does not
 *     count as events (CAMEO 01, public statements)
 * @param ploverMode the PLOVER mode, or empty
 */
public record CameoCode(String code, String description, String ploverType, String ploverMode, BigDecimal goldstein) {

    /** Whether the code is an event between two actors in PLOVER's sense. */
    public boolean isEvent() {
        return !ploverType.isEmpty();
    }

    /** The CAMEO root: the first two digits ("19" for "195"). */
    public String root() {
        return code.substring(0, 2);
    }
}
