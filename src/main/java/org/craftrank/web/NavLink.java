package org.craftrank.web;

/** A link in the page header or in a campaign's tab bar; {@code current} marks the page being shown. */
public record NavLink(String label, String href, boolean current) {
}
