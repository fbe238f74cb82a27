package org.readerfirst.grammar;

/** Voikko or its Finnish dictionary is not installed; the message says how to install it, in one line. */
public final class VoikkoUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    VoikkoUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
