package org.craftrank.unit.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.craftrank.campaign.page.SecretariatMsg;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.PreconditionFailedException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.common.access.Roles;
import org.craftrank.common.version.IfMatch;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.unit.ApplyQuotaTableRequest;
import org.craftrank.unit.QuotaTableService;
import org.craftrank.unit.RecommendingUnitService;
import org.craftrank.unit.ReturnListRequest;
import org.craftrank.unit.UnitRequest;
import org.craftrank.web.Flash;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secretariat's recommending units (推荐单位) of a campaign: the table of units × places × nominated × list
 * state × contact (who has not nominated, who has not submitted), adding, editing and removing a unit, loading a
 * quota table, and returning (退回) a submitted list with a reason. Every action goes through the services the JSON
 * API uses ({@code /api/campaigns/{id}/units…}).
 */
@Path("/secretariat/campaigns/{campaignId}/units")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class UnitsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance units(PageFrame frame, UnitsScreens.ListPage page);

        static native TemplateInstance unit(PageFrame frame, UnitsScreens.EditPage page);

        static native TemplateInstance remove(PageFrame frame, UnitsScreens.EditPage page);
    }

    private final UnitsScreens screens;
    private final RecommendingUnitService units;
    private final QuotaTableService quotaTables;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public UnitsPages(UnitsScreens screens, RecommendingUnitService units, QuotaTableService quotaTables,
                      AccessGuard guard, PageRequest request, PageFrames frames) {
        this.screens = screens;
        this.units = units;
        this.quotaTables = quotaTables;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "The campaign's units with places, nominations, list state (未上报 / 已上报 / 已退回) and "
            + "contact (?filter=not-nominated|not-submitted), the add form and the quota-table form")
    public TemplateInstance list(@PathParam("campaignId") long campaignId, @QueryParam("filter") String filter) {
        guard.campaign(campaignId);
        return listPage(campaignId, filter, null, Map.of(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Add a unit from the page (DRAFT or NOMINATION); errors come back beside the fields")
    public Response add(@PathParam("campaignId") long campaignId, MultivaluedMap<String, String> fields) {
        guard.campaign(campaignId);
        UnitsMsg texts = texts();
        UnitForm form = UnitForm.read(fields::getFirst);
        UnitRequest unit = form.toRequest();
        Map<String, String> errors = screens.check(form, unit, texts);
        if (errors.isEmpty()) {
            try {
                units.create(campaignId, unit);
                return Response.seeOther(URI.create(base(campaignId))).cookie(Flash.UNIT_SAVED.cookie()).build();
            } catch (InvalidInputException e) {
                UnitsScreens.add(errors, e.errors(), texts);
            } catch (RuleConflictException e) {
                return Response.status(409).entity(listPage(campaignId, null, form, Map.of(), null,
                        texts.refused(e.rule()))).build();
            }
        }
        return Response.status(400).entity(listPage(campaignId, null, form, errors, null, null)).build();
    }

    @POST
    @Path("/quota-table")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Load a quota table from the page (DRAFT or NOMINATION; all or nothing); audited as through "
            + "the API")
    public Response loadQuotaTable(@PathParam("campaignId") long campaignId, @FormParam("table") String table) {
        guard.campaign(campaignId);
        UnitsMsg texts = texts();
        if (table == null || table.isBlank()) {
            return Response.status(400).entity(listPage(campaignId, null, null, Map.of(), texts.error("not-blank", ""),
                    null)).build();
        }
        try {
            quotaTables.apply(campaignId, new ApplyQuotaTableRequest(table.strip(), null));
            return Response.seeOther(URI.create(base(campaignId))).cookie(Flash.QUOTA_TABLE_APPLIED.cookie()).build();
        } catch (InvalidInputException e) {
            String rule = e.errors().isEmpty() ? "" : e.errors().get(0).rule();
            return Response.status(400).entity(listPage(campaignId, null, null, Map.of(), texts.error(rule, ""), null))
                    .build();
        } catch (RuleConflictException e) {
            return Response.status(409).entity(listPage(campaignId, null, null, Map.of(), null,
                    texts.refused(e.rule()))).build();
        }
    }

    @GET
    @Path("/{unitId}")
    @Operation(summary = "One unit: the edit form, its list's state, the return (退回) form and the way to remove it")
    public TemplateInstance unit(@PathParam("campaignId") long campaignId, @PathParam("unitId") long unitId) {
        guard.unit(campaignId, unitId);
        return editPage(campaignId, unitId, null, Map.of(), null, null, null);
    }

    @POST
    @Path("/{unitId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save a unit from the page with the version it was rendered from (DRAFT or NOMINATION)")
    public Response save(@PathParam("campaignId") long campaignId, @PathParam("unitId") long unitId,
                         MultivaluedMap<String, String> fields) {
        guard.unit(campaignId, unitId);
        UnitsMsg texts = texts();
        UnitForm form = UnitForm.read(fields::getFirst);
        UnitRequest unit = form.toRequest();
        Map<String, String> errors = screens.check(form, unit, texts);
        if (errors.isEmpty()) {
            try {
                units.update(campaignId, unitId, unit, form.ifMatch());
                return Response.seeOther(URI.create(base(campaignId))).cookie(Flash.UNIT_SAVED.cookie()).build();
            } catch (InvalidInputException e) {
                UnitsScreens.add(errors, e.errors(), texts);
            } catch (PreconditionFailedException e) {
                return Response.status(409).entity(editPage(campaignId, unitId, null, Map.of(), null, null,
                        texts.changed_meanwhile())).build();
            } catch (RuleConflictException e) {
                return Response.status(409).entity(editPage(campaignId, unitId, form, Map.of(), null, null,
                        texts.refused(e.rule()))).build();
            }
        }
        return Response.status(400).entity(editPage(campaignId, unitId, form, errors, null, null, null)).build();
    }

    @GET
    @Path("/{unitId}/remove")
    @Operation(summary = "Confirmation before removing a unit")
    public TemplateInstance confirmRemoval(@PathParam("campaignId") long campaignId, @PathParam("unitId") long unitId) {
        guard.unit(campaignId, unitId);
        return request.localized(Templates.remove(frames.frame(), screens.edit(campaignId, unitId, null, Map.of(),
                null, null, null, request.msg(), texts(), sec())));
    }

    @POST
    @Path("/{unitId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Remove a unit that has nominated nobody (DRAFT or NOMINATION), with the version confirmed")
    public Response remove(@PathParam("campaignId") long campaignId, @PathParam("unitId") long unitId,
                           @FormParam("version") String version) {
        guard.unit(campaignId, unitId);
        try {
            units.delete(campaignId, unitId, IfMatch.optional(version));
            return Response.seeOther(URI.create(base(campaignId))).cookie(Flash.UNIT_REMOVED.cookie()).build();
        } catch (PreconditionFailedException e) {
            return Response.status(409).entity(editPage(campaignId, unitId, null, Map.of(), null, null,
                    texts().changed_meanwhile())).build();
        } catch (RuleConflictException e) {
            return Response.status(409).entity(editPage(campaignId, unitId, null, Map.of(), null, null,
                    texts().refused(e.rule()))).build();
        }
    }

    @POST
    @Path("/{unitId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "退回: return the unit's submitted list with a reason the unit sees (NOMINATION); audited")
    public Response returnList(@PathParam("campaignId") long campaignId, @PathParam("unitId") long unitId,
                               @FormParam("reason") String reason) {
        guard.unit(campaignId, unitId);
        UnitsMsg texts = texts();
        String typed = reason == null ? "" : reason.strip();
        if (typed.isEmpty() || typed.codePointCount(0, typed.length()) > ReturnListRequest.MAX_REASON) {
            // refused, never cut: the text comes back as typed with the limit beside it
            String error = typed.isEmpty() ? texts.error("not-blank", "")
                    : texts.error("size", String.valueOf(ReturnListRequest.MAX_REASON));
            return Response.status(400).entity(editPage(campaignId, unitId, null, Map.of(), typed, error, null))
                    .build();
        }
        try {
            units.returnList(campaignId, unitId, new ReturnListRequest(typed));
            return Response.seeOther(URI.create(base(campaignId))).cookie(Flash.LIST_RETURNED.cookie()).build();
        } catch (RuleConflictException e) {
            return Response.status(409).entity(editPage(campaignId, unitId, null, Map.of(), typed, null,
                    texts.refused(e.rule()))).build();
        }
    }

    private TemplateInstance listPage(long campaignId, String filter, UnitForm form, Map<String, String> errors,
                                      String tableError, String refusal) {
        return request.localized(Templates.units(frames.frame(), screens.list(campaignId, filter, form,
                new LinkedHashMap<>(errors), tableError, refusal, request.msg(), texts(), sec())));
    }

    private TemplateInstance editPage(long campaignId, long unitId, UnitForm form, Map<String, String> errors,
                                      String reason, String reasonError, String refusal) {
        return request.localized(Templates.unit(frames.frame(), screens.edit(campaignId, unitId, form,
                new LinkedHashMap<>(errors), reason, reasonError, refusal, request.msg(), texts(), sec())));
    }

    private static String base(long campaignId) {
        return "/secretariat/campaigns/" + campaignId + "/units";
    }

    private UnitsMsg texts() {
        return request.bundle(UnitsMsg.class);
    }

    private SecretariatMsg sec() {
        return request.bundle(SecretariatMsg.class);
    }
}
