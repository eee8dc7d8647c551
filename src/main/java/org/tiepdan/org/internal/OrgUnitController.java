package org.tiepdan.org.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitChange;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitMerge;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FormErrors;

/**
 * The unit screens: the tree with its search, a unit's page, and the forms that change units.
 * Anyone logged in may look; a change needs ADMIN at the unit's parent or above (a new unit: at the
 * future parent).
 */
@Controller
@RequestMapping("/org-units")
class OrgUnitController {

    static final int SEARCH_LIMIT = 20;
    private static final String FORM = "org/form";

    private final OrgUnits units;
    private final CatalogueImporter importer;
    private final Clock clock;

    OrgUnitController(OrgUnits units, CatalogueImporter importer, Clock clock) {
        this.units = units;
        this.importer = importer;
        this.clock = clock;
    }

    /** A search hit with its path from the top ("Tỉnh Hà Tĩnh › Xã Kỳ Thượng › ..."). */
    record Hit(OrgUnitView unit, List<OrgUnitView> path) {
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String tree(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("roots", units.topLevel());
        model.addAttribute("q", q);
        model.addAttribute("hits", hits(q));
        return "org/tree";
    }

    @GetMapping("/search")
    @PreAuthorize("isAuthenticated()")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", hits(q));
        return "org/fragments :: results";
    }

    @GetMapping("/{id}/children")
    @PreAuthorize("isAuthenticated()")
    String children(@PathVariable long id, Model model) {
        model.addAttribute("nodes", units.children(id));
        return "org/fragments :: nodes";
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String detail(@PathVariable long id, Model model) {
        OrgUnitView unit = units.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("path", units.path(id));
        model.addAttribute("children", units.children(id));
        model.addAttribute("predecessors", units.predecessors(id));
        model.addAttribute("successor", unit.successorId() == null ? null : units.get(unit.successorId()));
        List<OrgUnitMerge> history = units.mergeHistory(id);
        model.addAttribute("history", history);
        Map<Long, OrgUnitView> involved = new LinkedHashMap<>();
        history.forEach(m -> {
            involved.computeIfAbsent(m.successorId(), units::get);
            m.predecessorIds().forEach(p -> involved.computeIfAbsent(p, units::get));
        });
        model.addAttribute("involved", involved);
        return "org/detail";
    }

    // --- create and edit ---------------------------------------------------------------------

    @GetMapping("/new")
    @PreAuthorize("@access.hasRoleAt('ADMIN', #parentId)")
    String newForm(@RequestParam(required = false) Long parentId, Model model) {
        OrgUnitForms.UnitForm form = new OrgUnitForms.UnitForm();
        form.setParentId(parentId);
        form.setValidFrom(Dates.today(clock));
        if (parentId != null) {
            OrgUnitView parent = units.get(parentId);
            form.setTier(parent.tier());
            form.setKind(parent.kind().isArea() ? OrgUnitKind.PARTY_COMMITTEE : OrgUnitKind.DEPARTMENT);
        }
        return showForm(form, null, model);
    }

    @PostMapping("/new")
    @PreAuthorize("@access.hasRoleAt('ADMIN', #form.parentId)")
    String create(@Valid @ModelAttribute("form") OrgUnitForms.UnitForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            OrgUnitView created = units.create(new NewOrgUnit(form.getName(), form.getKind(), form.getTier(),
                    form.getParentId(), form.getCode(), form.getValidFrom()));
            redirect.addFlashAttribute("success", "org.saved");
            return "redirect:/org-units/" + created.id();
        }, () -> showForm(form, null, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("@access.hasRoleAt('ADMIN', @orgUnitAccess.parentOf(#id))")
    String editForm(@PathVariable long id, Model model) {
        OrgUnitView unit = units.get(id);
        OrgUnitForms.UnitForm form = new OrgUnitForms.UnitForm();
        form.setName(unit.name());
        form.setKind(unit.kind());
        form.setTier(unit.tier());
        form.setParentId(unit.parentId());
        form.setCode(unit.code());
        form.setValidFrom(unit.validFrom());
        form.setVersion(units.version(id));
        return showForm(form, unit, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("@access.hasRoleAt('ADMIN', @orgUnitAccess.parentOf(#id)) "
            + "and @access.hasRoleAt('ADMIN', #form.parentId)")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") OrgUnitForms.UnitForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        OrgUnitView unit = units.get(id);
        if (!binding.hasFieldErrors("name") && !binding.hasFieldErrors("code") && !binding.hasFieldErrors("parentId")) {
            try {
                units.update(id, form.getVersion(), new OrgUnitChange(form.getName(), form.getCode(),
                        form.getParentId()));
                redirect.addFlashAttribute("success", "org.saved");
                return "redirect:/org-units/" + id;
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.stale-edit");
            }
        }
        return showForm(form, unit, model);
    }

    private String showForm(OrgUnitForms.UnitForm form, OrgUnitView unit, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("parent", form.getParentId() == null ? null
                : units.find(form.getParentId()).orElse(null));
        return FORM;
    }

    // --- close -------------------------------------------------------------------------------

    @GetMapping("/{id}/close")
    @PreAuthorize("@access.hasRoleAt('ADMIN', @orgUnitAccess.parentOf(#id))")
    String closeForm(@PathVariable long id, Model model) {
        OrgUnitForms.CloseForm form = new OrgUnitForms.CloseForm();
        form.setValidTo(Dates.today(clock));
        model.addAttribute("form", form);
        model.addAttribute("unit", units.get(id));
        return "org/close";
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("@access.hasRoleAt('ADMIN', @orgUnitAccess.parentOf(#id))")
    String close(@PathVariable long id, @Valid @ModelAttribute("form") OrgUnitForms.CloseForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            units.close(id, form.getValidTo());
            redirect.addFlashAttribute("success", "org.closed");
            return "redirect:/org-units/" + id;
        }, () -> {
            model.addAttribute("unit", units.get(id));
            return "org/close";
        });
    }

    // --- merge -------------------------------------------------------------------------------

    @GetMapping("/{id}/merge")
    @PreAuthorize("@access.hasRoleAt('ADMIN', @orgUnitAccess.parentOf(#id))")
    String mergeForm(@PathVariable long id, Model model) {
        OrgUnitForms.MergeForm form = new OrgUnitForms.MergeForm();
        form.setEffectiveOn(Dates.today(clock));
        return showMerge(id, form, model);
    }

    /** Merges siblings of the unit into it; the candidates are its open siblings of the same kind. */
    @PostMapping("/{id}/merge")
    @PreAuthorize("@access.hasRoleAt('ADMIN', @orgUnitAccess.parentOf(#id)) and "
            + "@orgUnitAccess.parentsOf(#form.predecessorIds).?[!@access.hasRoleAt('ADMIN', #this)].isEmpty()")
    String merge(@PathVariable long id, @Valid @ModelAttribute("form") OrgUnitForms.MergeForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            units.merge(form.getPredecessorIds(), id, form.getEffectiveOn(), form.getNote());
            redirect.addFlashAttribute("success", "org.merged");
            return "redirect:/org-units/" + id;
        }, () -> showMerge(id, form, model));
    }

    private String showMerge(long id, OrgUnitForms.MergeForm form, Model model) {
        OrgUnitView unit = units.get(id);
        List<OrgUnitView> siblings = unit.parentId() == null ? units.topLevel() : units.children(unit.parentId());
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("candidates", siblings.stream()
                .filter(s -> s.id() != id && s.isOpen() && s.kind() == unit.kind()).toList());
        return "org/merge";
    }

    // --- standard bodies ---------------------------------------------------------------------

    @PostMapping("/{id}/setup-bodies")
    @PreAuthorize("@access.hasRoleAt('ADMIN', #id)")
    String setUpBodies(@PathVariable long id, RedirectAttributes redirect) {
        List<OrgUnitView> created = units.setUpStandardBodies(id);
        redirect.addFlashAttribute("success", created.isEmpty() ? "org.setup.nothing" : "org.setup.done");
        return "redirect:/org-units/" + id;
    }

    // --- catalogue ---------------------------------------------------------------------------

    @GetMapping("/catalogue")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String catalogueForm(Model model) {
        OrgUnitForms.CatalogueForm form = new OrgUnitForms.CatalogueForm();
        form.setEffectiveOn(Dates.today(clock));
        model.addAttribute("form", form);
        return "org/catalogue";
    }

    @PostMapping("/catalogue")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String importCatalogue(@Valid @ModelAttribute("form") OrgUnitForms.CatalogueForm form, BindingResult binding,
            Model model) {
        if (form.getFile() == null || form.getFile().isEmpty()) {
            binding.rejectValue("file", "error.org-catalogue-file-required");
        }
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("report", importer.importCatalogue(form.getFile().getBytes(),
                        form.getEffectiveOn(), form.getFile().getOriginalFilename()));
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            } catch (IOException e) {
                binding.rejectValue("file", "error.org-catalogue-unreadable");
            }
        }
        return "org/catalogue";
    }

    private List<Hit> hits(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return units.search(q, SEARCH_LIMIT).stream().map(u -> new Hit(u, units.path(u.id()))).toList();
    }

}
