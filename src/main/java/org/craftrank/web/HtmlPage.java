package org.craftrank.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class whose methods answer with HTML pages. Refusals on such a class become pages too (a
 * sign-in redirect, a 403 or 404 page) instead of problem+json: see {@link PageErrors}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HtmlPage {
}
