package org.readerfirst.cli;

/** A mistake in the command line or its input, told to the writer in one line; exit status 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
