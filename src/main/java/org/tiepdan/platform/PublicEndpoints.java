package org.tiepdan.platform;

import java.util.List;

/**
 * URL patterns a module serves without login (public pages, public JSON). Each module that has
 * such endpoints declares a bean; the security configuration collects them. Everything else
 * needs a login, and every handler method still carries its own method-security rule.
 */
@FunctionalInterface
public interface PublicEndpoints {

    List<String> patterns();
}
