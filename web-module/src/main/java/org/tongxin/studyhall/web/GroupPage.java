package org.tongxin.studyhall.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Pages;
import org.tongxin.studyhall.application.ReadingRecords;
import org.tongxin.studyhall.application.ReadingService;

/** One reading group: members, books, notes with comments, sessions. */
@Named
@ViewScoped
public class GroupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReadingService reading;

    @EJB
    RosterService roster;

    private Long id;
    private ReadingRecords.GroupDetails group;
    private MemberSummary newMember;
    private String bookTitle;
    private String bookAuthor;
    private Long noteBook;
    private String noteTitle;
    private String noteBody;
    private final Map<Long, String> replies = new HashMap<>();
    private Long sessionActivity;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            group = reading.group(id);
        } catch (Problem p) {
            group = null;
            Pages.problem(p);
        }
    }

    public java.util.List<MemberSummary> findMember(String text) {
        return roster.search(
                        new MemberQuery(null, null, null, null, null, MemberStatus.ACTIVE, text),
                        new Page.Request(0, 20))
                .items();
    }

    public void addMember() {
        act(() -> reading.addMember(id, newMember == null ? -1 : newMember.id()), "reading.member-added");
        newMember = null;
    }

    public void join() {
        act(() -> reading.join(id), "reading.joined");
    }

    public void addBook() {
        if (act(() -> reading.addBook(id, bookTitle, bookAuthor), "reading.book-added")) {
            bookTitle = null;
            bookAuthor = null;
        }
    }

    public void writeNote() {
        if (act(() -> reading.writeNote(id, noteBook, noteTitle, noteBody), "reading.note-written")) {
            noteTitle = null;
            noteBody = null;
        }
    }

    public void comment(long noteId) {
        if (act(() -> reading.comment(noteId, replies.get(noteId)), "reading.commented")) {
            replies.remove(noteId);
        }
    }

    public void linkSession() {
        act(() -> reading.linkSession(id, sessionActivity == null ? -1 : sessionActivity), "reading.session-linked");
    }

    private boolean act(Pages.Action action, String done) {
        boolean ok = Pages.attempt(
                action,
                Map.of(
                        "title",
                        "groupForm:noteTitle",
                        "body",
                        "groupForm:noteBody",
                        "memberId",
                        "groupForm:newMember"));
        if (ok) {
            Pages.info(done);
            load();
        }
        return ok;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReadingRecords.GroupDetails getGroup() {
        return group;
    }

    public MemberSummary getNewMember() {
        return newMember;
    }

    public void setNewMember(MemberSummary newMember) {
        this.newMember = newMember;
    }

    public String getBookTitle() {
        return bookTitle;
    }

    public void setBookTitle(String bookTitle) {
        this.bookTitle = bookTitle;
    }

    public String getBookAuthor() {
        return bookAuthor;
    }

    public void setBookAuthor(String bookAuthor) {
        this.bookAuthor = bookAuthor;
    }

    public Long getNoteBook() {
        return noteBook;
    }

    public void setNoteBook(Long noteBook) {
        this.noteBook = noteBook;
    }

    public String getNoteTitle() {
        return noteTitle;
    }

    public void setNoteTitle(String noteTitle) {
        this.noteTitle = noteTitle;
    }

    public String getNoteBody() {
        return noteBody;
    }

    public void setNoteBody(String noteBody) {
        this.noteBody = noteBody;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public Long getSessionActivity() {
        return sessionActivity;
    }

    public void setSessionActivity(Long sessionActivity) {
        this.sessionActivity = sessionActivity;
    }
}
