package org.tongxin.committee.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tongxin.committee.application.CardDetails;
import org.tongxin.committee.application.LiaisonService;
import org.tongxin.committee.application.RosterService;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Pages;

/**
 * committee/card.xhtml?member=: a member's contact card, its PDF for printing and a new secret when a
 * card is lost; card.xhtml?t= (public): the page its QR code opens.
 */
@Named
@ViewScoped
public class CardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LiaisonService liaison;

    @EJB
    RosterService roster;

    private Long member;
    private String token;
    private CardDetails card;

    /** f:viewAction of the member's page. */
    public void load() {
        try {
            if (member == null) {
                member = roster.ownMemberId().orElseThrow(() -> Problem.notFound("member"));
            }
            card = liaison.card(member);
        } catch (Problem p) {
            card = null;
            Pages.problem(p);
        }
    }

    /** f:viewAction of the public page. */
    public void loadPublic() {
        try {
            card = liaison.publicCard(token);
        } catch (Problem p) {
            card = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            Pages.problem(p);
        }
    }

    public void reissue() {
        try {
            card = liaison.reissueCard(member);
            Pages.info("card.reissued");
        } catch (Problem p) {
            Pages.problem(p);
        }
    }

    public StreamedContent getPdf() {
        byte[] pdf = liaison.cardPdf(member, baseUrl());
        return DefaultStreamedContent.builder()
                .name("联系卡-" + card.name() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    /** The address of the public card page, at the deployment's public address (TONGXIN_PUBLIC_URL). */
    public String getPublicUrl() {
        return card == null || card.token() == null ? null : baseUrl() + "/card.xhtml?t=" + card.token();
    }

    private static String baseUrl() {
        return org.tongxin.platform.web.Pages.baseUrl();
    }

    public Long getMember() {
        return member;
    }

    public void setMember(Long member) {
        this.member = member;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public CardDetails getCard() {
        return card;
    }
}
