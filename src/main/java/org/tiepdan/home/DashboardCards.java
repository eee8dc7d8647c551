package org.tiepdan.home;

import java.util.List;

/**
 * Implemented by a module that shows its part of the day's work on the landing page for the
 * signed-in user (the handler's deadlines, the front desk's sessions, the custodian's requests...).
 * The module decides which cards the user's roles call for and scopes them to the user's units, as
 * its own screens do. Called on every visit to "/": keep it to a few queries; a module whose cards
 * fail is left out of the page rather than failing it.
 */
public interface DashboardCards {

    List<DashboardCard> cards();
}
