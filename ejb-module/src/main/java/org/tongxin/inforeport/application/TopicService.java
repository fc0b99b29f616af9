package org.tongxin.inforeport.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Report topics per organisation: an information editor adds topics of the organisation's own, renames, retires and
 * reinstates them, and hides a global topic for the organisation (reinstating shows it again). Reports already filed
 * under a retired or hidden topic keep it.
 */
@Local
public interface TopicService {

    /** The global topics and the caller's organisation's own, with whether each is retired (hidden) there. */
    List<TopicDetails> topics();

    /** The topics the caller's organisation files new reports under (global ones not hidden, its own not retired). */
    List<TopicDetails> usable();

    /** Names of every topic the caller's organisation may meet on its reports, retired and hidden ones too. */
    List<TopicSummary> names();

    TopicDetails create(String nameZh, String nameEn);

    /** Renames one of the organisation's own topics (a global topic is the platform's: a conflict). */
    TopicDetails rename(long id, String nameZh, String nameEn);

    TopicDetails retire(long id);

    TopicDetails reinstate(long id);
}
