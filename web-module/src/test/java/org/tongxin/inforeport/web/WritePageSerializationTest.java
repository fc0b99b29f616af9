package org.tongxin.inforeport.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.inforeport.application.ReportDetails;
import org.tongxin.inforeport.application.SimilarReportSummary;
import org.tongxin.inforeport.application.TopicSummary;

/**
 * The report form's view-scoped bean survives serialization with everything it holds (issue 21, docs/cluster.md): on
 * a cluster the session, with Faces' view state and view-scoped beans, is copied to the other node, so that a person
 * whose node dies saves the draft on another one. A field of a type that is not Serializable breaks that copy.
 */
class WritePageSerializationTest {

    @Test
    void theReportFormsBeanWithItsListsIsSerializable() throws Exception {
        WritePage page = new WritePage();
        page.setTitle("关于乡村公路养护的建议");
        set(page, "topics", List.of(new TopicSummary("ECONOMY", "经济", "Economy")));
        set(
                page,
                "coAuthors",
                new ArrayList<>(List.of(new MemberSummary(
                        7L,
                        1L,
                        "张三",
                        "M",
                        "中共",
                        2L,
                        "经济界",
                        1,
                        "委员",
                        3L,
                        "经济委员会",
                        "ACTIVE",
                        "某公司",
                        "工程师",
                        null,
                        LocalDate.of(1970, 1, 1)))));
        set(page, "points", List.of(new ReportDetails.Source(5L, "联络点", 6L, "联络组")));
        set(page, "similar", List.of(new SimilarReportSummary(9L, "类似的信息", "SUBMITTED", "某市政协", Instant.EPOCH, true)));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(page);
        }
        WritePage copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (WritePage) in.readObject();
        }
        assertEquals("关于乡村公路养护的建议", copy.getTitle());
        assertEquals("ECONOMY", copy.getTopics().get(0).code());
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = WritePage.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
