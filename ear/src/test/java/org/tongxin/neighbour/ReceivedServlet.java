package org.tongxin.neighbour;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /consumer/received?subject=report/42&type=cn.tongxin.report.adopted&wait=30000}: the events of a subject
 * the neighbour's MDB received, as a JSON array of {@code {type, subject, organisation, event}} (event: the CloudEvent
 * as received), answered as soon as one of the type is there or the wait is over.
 */
@WebServlet("/received")
public class ReceivedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String subject = request.getParameter("subject");
        String type = request.getParameter("type");
        long wait = Math.min(
                60_000, Long.parseLong(request.getParameter("wait") == null ? "0" : request.getParameter("wait")));
        JsonArrayBuilder out = Json.createArrayBuilder();
        try {
            for (Received.Event e : Received.of(subject, type, wait)) {
                out.add(Json.createObjectBuilder()
                        .add("type", e.type())
                        .add("subject", e.subject())
                        .add("organisation", e.organisation() == null ? "" : e.organisation())
                        .add("event", e.text()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(503);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(out.build().toString());
    }
}
