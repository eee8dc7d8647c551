package org.tiepdan.home;

import java.util.List;

/**
 * Implemented by a module that shows figures on the landing page for the signed-in user (e.g.
 * overdue recommendations, overdue plan tasks). Called on every visit to "/": keep it to a query.
 */
public interface DashboardCards {

    List<DashboardCard> cards();
}
