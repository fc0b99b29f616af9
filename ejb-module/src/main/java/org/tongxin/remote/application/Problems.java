package org.tongxin.remote.application;

import java.util.List;
import java.util.function.Supplier;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.remote.client.RemoteProblem;

/** The platform's problems as the client jar knows them: a remote caller has no class of the platform. */
final class Problems {

    private Problems() {}

    static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (Problem p) {
            throw new RemoteProblem(
                    p.kind().name(), p.code(), List.copyOf(p.fieldKeys().keySet()));
        }
    }
}
