package org.entente.link;

/** A person's term in an office, by years as Wikidata records them; {@code endYear} 0 means still in office. */
public record OfficeTerm(String personQid, String officeQid, String stateQid, int startYear, int endYear) {
    public boolean covers(int year) {
        return (startYear == 0 || startYear <= year) && (endYear == 0 || year <= endYear);
    }
}
