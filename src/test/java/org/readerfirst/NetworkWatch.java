package org.readerfirst;

import java.net.SocketPermission;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the JVM for any use of the network: a connection, a listening socket, even a name looked
 * up. Each is recorded with where it came from and refused. Everything else is allowed, so the code
 * under watch runs as it would.
 */
@SuppressWarnings("removal")
public final class NetworkWatch extends SecurityManager implements AutoCloseable {

    private final List<String> attempts = new ArrayList<>();
    private final SecurityManager before;

    private NetworkWatch() {
        this.before = System.getSecurityManager();
    }

    /** Starts watching; {@link #close()} stops. */
    public static NetworkWatch start() {
        NetworkWatch watch = new NetworkWatch();
        System.setSecurityManager(watch);
        return watch;
    }

    /** What was tried, one line each: the permission and the first frames of our code. */
    public synchronized List<String> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public void checkPermission(Permission perm) {
        if (perm instanceof SocketPermission) {
            record(perm);
            throw new SecurityException("ReaderFirst works offline: " + perm);
        }
        if (perm instanceof RuntimePermission && "setSecurityManager".equals(perm.getName())) {
            return;
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    private synchronized void record(Permission perm) {
        StringBuilder sb = new StringBuilder(perm.toString());
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            if (!e.getClassName().startsWith("java.") && !e.getClassName().startsWith("sun.")
                    && !e.getClassName().startsWith("jdk.") && !e.getClassName().equals(NetworkWatch.class.getName())) {
                sb.append(" at ").append(e);
                break;
            }
        }
        attempts.add(sb.toString());
    }

    @Override
    public void close() {
        System.setSecurityManager(before);
    }
}
