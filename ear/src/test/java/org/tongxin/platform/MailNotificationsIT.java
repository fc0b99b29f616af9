package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.studyhall.Hall;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/**
 * E-mail beside the in-app notifications (issue 20), sent by the IT server through WildFly's mail session to a real
 * SMTP server: GreenMail, started here on the loopback port the server was started with (arquillian.xml:
 * tongxin.smtp.host/port/user/password), which checks the server's login too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailNotificationsIT {

    private static final String SETTINGS = "/api/v1/me/notification-settings";
    private static final String REPORTS = "/api/v1/reports";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> PEOPLE = List.of("member1", "member2", "member3", "member4");

    private static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void startSmtp() {
        int port = Integer.parseInt(System.getProperty("tongxin.it.smtp.port", "3925"));
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("tongxin", "Mail-Test-2026"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        // the demo people choose no e-mail again, so that the tests after this one queue none
        for (String who : PEOPLE) {
            Api.as(who).put(SETTINGS, "{\"email\":null,\"language\":\"zh-CN\",\"topics\":[]}");
        }
        smtp.stop();
    }

    private static String address(String who) {
        return (Api.unique(who) + "@example.test").toLowerCase(Locale.ROOT);
    }

    private static JsonObject choose(String who, String email, String language, String... topics) {
        String body = Json.createObjectBuilder()
                .add("email", email)
                .add("language", language)
                .add("topics", Json.createArrayBuilder(Arrays.asList(topics)))
                .build()
                .toString();
        Api.Reply r = Api.as(who).put(SETTINGS, body);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    /** The mails received for one address, waiting (up to a minute) until there are at least {@code count}. */
    private static List<MimeMessage> mailsTo(String address, int count) throws MessagingException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                        } catch (MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            if (mine.size() >= count || Instant.now().isAfter(deadline)) {
                return mine;
            }
            smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
        }
    }

    /**
     * The mails to {@code address} whose subject names {@code about}: a member's other notifications (another test's
     * report returned to member4, say) may reach the same address meanwhile.
     */
    private static List<MimeMessage> mailsAbout(String address, String about, int count) throws MessagingException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<MimeMessage> mine = new java.util.ArrayList<>();
            for (MimeMessage m : mailsTo(address, 0)) {
                if (m.getSubject() != null && m.getSubject().contains(about)) {
                    mine.add(m);
                }
            }
            if (mine.size() >= count || Instant.now().isAfter(deadline)) {
                return mine;
            }
            smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
        }
    }

    private static long memberOf(String login) {
        return Api.as(login)
                .post(
                        REPORTS,
                        "{\"title\":\"草稿\",\"body\":\"用于查找委员编号\",\"proposals\":[\"建议\"],\"topic\":\"LIVELIHOOD\"}")
                .json()
                .getJsonArray("authors")
                .getJsonObject(0)
                .getJsonNumber("memberId")
                .longValue();
    }

    @Test
    void settingsAreOnesOwnAndRefuseAnAddressOfTheWrongForm() {
        JsonObject fresh = Api.as("member5").get(SETTINGS).json();
        assertTrue(fresh.getBoolean("mailEnabled"), fresh::toString);
        assertEquals(6, fresh.getJsonArray("available").size(), fresh::toString);

        Api.Reply bad = Api.as("member4")
                .put(SETTINGS, "{\"email\":\"not an address\",\"language\":\"zh-CN\",\"topics\":[\"REPORT\"]}");
        assertEquals(422, bad.status(), bad::toString);
        assertEquals("urn:tongxin:problem:invalid-email", bad.json().getString("type"));
        assertEquals("请填写有效的电子邮箱地址", bad.json().getString("title"));

        Api.Reply none =
                Api.as("member4").put(SETTINGS, "{\"email\":\"\",\"language\":\"en\",\"topics\":[\"REPORT\"]}");
        assertEquals(422, none.status(), none::toString);
        assertEquals("urn:tongxin:problem:required", none.json().getString("type"));
    }

    @Test
    void aReturnedReportIsMailedInEachAuthorsLanguageOnlyToThoseWhoChoseIt() throws Exception {
        String chinese = address("zh");
        String english = address("en");
        String silent = address("none");
        choose("member1", chinese, "zh-CN", "REPORT", "REMINDER");
        choose("member2", english, "en", "REPORT");
        choose("member3", silent, "zh-CN", "BOOKING");

        String coAuthors = memberOf("member2") + "," + memberOf("member3");
        String title = Api.unique("关于社区食堂的建议");
        Api.Reply created = Api.as("member1")
                .post(
                        REPORTS,
                        "{\"title\":\"" + title + "\",\"body\":\"社区老人就餐难。\",\"proposals\":[\"建议开办社区食堂\"],"
                                + "\"topic\":\"LIVELIHOOD\",\"coAuthors\":[" + coAuthors + "]}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(
                200, Api.as("member1").post(REPORTS + "/" + id + "/submit", "").status());
        assertEquals(
                200,
                Api.as("editor").post(REPORTS + "/" + id + "/start-editing", "").status());
        Api.Reply returned = Api.as("editor").post(REPORTS + "/" + id + "/return", "{\"note\":\"请补充食堂选址\"}");
        assertEquals(200, returned.status(), returned::toString);

        MimeMessage zh = single(mailsTo(chinese, 1));
        assertEquals("【同心履职平台】信息被退回修改：" + title, zh.getSubject());
        String zhBody = GreenMailUtil.getBody(zh);
        String zhText = zh.getContent().toString();
        assertTrue(zhText.contains("您的信息“" + title + "”被退回修改：请补充食堂选址"), zhBody);
        assertTrue(zhText.contains("/inforeport/report.xhtml?id=" + id), zhText);
        assertEquals("tongxin-it@localhost", zh.getFrom()[0].toString());

        MimeMessage en = single(mailsTo(english, 1));
        assertEquals("[Tongxin] Report returned for revision: " + title, en.getSubject());
        assertTrue(en.getContent().toString().contains("was returned for revision: 请补充食堂选址"), en::toString);

        // both chosen mails of the commit have arrived; the co-author who chose only bookings got none
        assertEquals(List.of(), mailsTo(silent, 0));
        assertTrue(Api.as("member3").get("/api/v1/notifications").body().contains(title), "still told in the platform");
    }

    @Test
    void aReminderOfTomorrowsBookingIsMailedOnce() throws Exception {
        LocalDate tomorrow = LocalDate.now(Hall.ZONE).plusDays(1);
        Assumptions.assumeTrue(Hall.openDay(1).equals(tomorrow), "tomorrow is a public holiday: the hall is closed");
        String mail = address("remind");
        choose("member4", mail, "zh-CN", "REMINDER", "BOOKING");
        long space = Hall.newSpace(10, false, 0);
        String title = Api.unique("明日研讨");
        Api.Reply booked = Api.as("member4")
                .post(
                        "/api/v1/studyhall/bookings",
                        Hall.booking(space, Hall.at(tomorrow, 15, 0), Hall.at(tomorrow, 16, 0), title, 3));
        assertEquals(201, booked.status(), booked::toString);
        long booking = booked.json().getJsonNumber("id").longValue();

        Api.Reply first = Api.as("office").post("/api/v1/reminders/send", "");
        assertEquals(200, first.status(), first::toString);
        assertTrue(first.json().getInt("sent") >= 1, first::toString);
        MimeMessage reminder = single(mailsAbout(mail, title, 1));
        assertEquals("【同心履职平台】明天的预约：" + title, reminder.getSubject());
        assertTrue(reminder.getContent().toString().contains("在明天"), reminder::toString);

        Api.Reply again = Api.as("office").post("/api/v1/reminders/send", "");
        assertEquals(200, again.status(), again::toString);
        // a mail queued after the second run: once it is here, a second reminder would be too
        Api.Reply cancelled =
                Api.as("keeper").post("/api/v1/studyhall/bookings/" + booking + "/cancel", "{\"reason\":\"场地检修\"}");
        assertEquals(200, cancelled.status(), cancelled::toString);
        List<MimeMessage> mails = mailsAbout(mail, title, 2);
        assertEquals(2, mails.size(), "the reminder once, then the cancellation");
        assertEquals("【同心履职平台】预约已取消：" + title, mails.get(1).getSubject());
        long told = Api.as("member4")
                .get("/api/v1/notifications?max=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(n -> n.getString("type").equals("reminder.booking.tomorrow")
                        && n.getString("text").contains(title))
                .count();
        assertEquals(1, told, "reminded once in the platform too");
    }

    private static MimeMessage single(List<MimeMessage> mails) {
        assertEquals(1, mails.size(), () -> mails.size() + " mails");
        return mails.get(0);
    }
}
