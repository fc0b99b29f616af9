package org.tongxin.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stopping what a test started, by its process handle: never by a name. */
final class Processes {

    private Processes() {}

    /**
     * Asks the process and everything it started to stop (SIGTERM), waits up to a minute for each, and
     * kills what is still there then.
     */
    static void stopTree(Process process, String what) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        try {
            for (ProcessHandle p : all) {
                try {
                    p.onExit().get(60, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    p.destroyForcibly();
                    p.onExit().get(30, TimeUnit.SECONDS);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(what + " did not stop", e);
        }
    }
}
