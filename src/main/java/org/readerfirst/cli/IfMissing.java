package org.readerfirst.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What to tell the writer when a required argument or option is left out, in the command's words
 * ("name a corpus file (JSON Lines)") rather than the parser's ("Missing required parameter").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@interface IfMissing {
    String value();
}
