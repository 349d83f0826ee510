package org.w3id.hkg.eval;

/**
 * Attribute agreement of one query column among matched facts.
 *
 * @param attribute column name (date, since, issuerName, role)
 * @param checked   matched facts for which the gold gives a value
 * @param agreed    of those, the ones where a predicted row has the same value
 */
public record Agreement(String attribute, int checked, int agreed) {
    /** Share that agrees; 1 when nothing could be checked. */
    public double share() {
        return checked == 0 ? 1.0 : (double) agreed / checked;
    }
}
