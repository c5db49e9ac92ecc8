package org.restorative.fhir;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.restorative.core.assessment.SignOffId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionId;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.ActionType;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.MonitoringMethod;
import org.restorative.core.outcome.NotCompletedReason;
import org.restorative.core.outcome.StatusChange;
import org.restorative.core.party.ActorId;
import org.restorative.core.rules.Pointer;

/**
 * Family B, actions: each action of an outcome agreement as a FHIR Task with intent {@code plan},
 * based on the agreement (a logical reference by its identifier). The action's status is the Task's
 * business status (code system {@code action-status}) and its nearest FHIR status; the owner is the
 * Task's owner (a party's resource, or a role as a display); the due date is the end of the Task's
 * restriction period. R4's Task keeps no history of its status: each change is a {@code
 * status-change} extension (to, at, reason, by), in order.
 */
final class ActionResources {

  private ActionResources() {}

  static final String ACTION = "action";
  static final String SIGN_OFF = "sign-off";

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.actions().size(); i++) {
      writeAction(a, c.actions().get(i), Pointer.of("actions", i));
    }
  }

  private static TaskStatus status(ActionStatus status) {
    return switch (status) {
      case PENDING -> TaskStatus.REQUESTED;
      case IN_PROGRESS -> TaskStatus.INPROGRESS;
      case COMPLETED, PARTIALLY_COMPLETED -> TaskStatus.COMPLETED;
      case NOT_COMPLETED -> TaskStatus.FAILED;
      case CANCELLED_BY_AGREEMENT, VARIED -> TaskStatus.CANCELLED;
    };
  }

  /**
   * The Task of an action with what the ordinary and the pseudonymised Bundle share: the intent,
   * the status and business status, and the type as code.
   */
  static Task task(ActionType type, ActionStatus status) {
    Task task = new Task();
    task.setIntent(TaskIntent.PLAN);
    task.setStatus(status(status));
    task.setBusinessStatus(new CodeableConcept(CodeSystems.coding(status)));
    task.setCode(new CodeableConcept(CodeSystems.coding(type)));
    return task;
  }

  private static void writeAction(Assembly a, Action action, String path) {
    Task task = task(action.type(), action.status());
    task.addIdentifier(Assembly.identifier(ACTION, action.id().value()));
    task.addBasedOn(
        RiskAssessmentResources.logical(PlanResources.AGREEMENT, action.agreement().value()));
    task.setDescription(action.description());
    action.owner().ifPresent(o -> task.setOwner(PlanResources.partyOrRole(a, o)));
    List<Extension> ext = task.getExtension();
    action.beneficiaries().forEach(p -> Ext.add(ext, "beneficiary", a.party(p)));
    action
        .dueOn()
        .ifPresent(
            d ->
                task.getRestriction()
                    .getPeriod()
                    .setEndElement(Times.dayAsDateTime(d, path + "/dueOn")));
    action.reviewOn().ifPresent(d -> Ext.add(ext, "review-on", Times.date(d, path + "/reviewOn")));
    action
        .monitoringMethod()
        .ifPresent(m -> Ext.add(ext, "monitoring-method", CodeSystems.coding(m)));
    action.monitor().ifPresent(m -> Ext.add(ext, "monitor", PlanResources.partyOrRole(a, m)));
    for (int j = 0; j < action.statusHistory().size(); j++) {
      StatusChange change = action.statusHistory().get(j);
      Extension x = Ext.complex(ext, "status-change");
      Ext.add(x.getExtension(), "to", CodeSystems.coding(change.to()));
      Ext.add(
          x.getExtension(),
          "at",
          Times.dateTime(change.at(), path + "/statusHistory/" + j + "/at"));
      change.reason().ifPresent(r -> Ext.add(x.getExtension(), "reason", CodeSystems.coding(r)));
      change.by().ifPresent(b -> Ext.add(x.getExtension(), "by", Assembly.actor(b)));
    }
    action
        .notCompletedReason()
        .ifPresent(r -> task.setStatusReason(new CodeableConcept(CodeSystems.coding(r))));
    action
        .harmedInformedAt()
        .ifPresent(
            t -> Ext.add(ext, "harmed-informed-at", Times.dateTime(t, path + "/harmedInformedAt")));
    action.amount().ifPresent(m -> Ext.add(ext, "amount", new DecimalType(m)));
    action.hours().ifPresent(h -> Ext.add(ext, "hours", new UnsignedIntType(h)));
    action
        .proportionalityCheck()
        .ifPresent(
            s -> Ext.add(ext, "proportionality-check", Assembly.identifier(SIGN_OFF, s.value())));
    Ext.text(ext, "success-criteria", action.successCriteria());
    action.evidenceNotes().ifPresent(n -> task.addNote().setText(n));
    a.add(ACTION, action.id().value(), task);
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (Task task : r.withId(Task.class, ACTION, Task::getIdentifier)) {
      readAction(r, task, Pointer.of("actions", i++)).ifPresent(c::addActions);
    }
  }

  private static Optional<Action> readAction(Reading r, Task task, String path) {
    List<Extension> ext = task.getExtension();
    Action.Builder action = new Action.Builder();
    r.id(task.getIdentifier(), ACTION, ActionId::of, path + "/id").ifPresent(action::id);
    if (task.hasBasedOn()) {
      RiskAssessmentResources.logical(
              r,
              task.getBasedOnFirstRep(),
              PlanResources.AGREEMENT,
              AgreementId::of,
              path + "/agreement")
          .ifPresent(action::agreement);
    } else {
      r.missing(path + "/agreement", "basedOn");
    }
    r.code(ActionStatus.class, task.getBusinessStatus(), path + "/status")
        .ifPresent(action::status);
    r.code(ActionType.class, task.getCode(), path + "/type").ifPresent(action::type);
    Optional<String> description = Reading.value(task.getDescriptionElement());
    if (description.isPresent()) {
      action.description(description.get());
    } else {
      r.missing(path + "/description", "description");
    }
    if (task.hasOwner()) {
      PlanResources.partyOrRole(r, task.getOwner(), path + "/owner").ifPresent(action::owner);
    }
    for (Reference reference :
        r.extValues(ext, "beneficiary", Reference.class, path + "/beneficiaries")) {
      r.party(reference, path + "/beneficiaries").ifPresent(action::addBeneficiaries);
    }
    r.optionalDate(task.getRestriction().getPeriod().getEndElement(), path + "/dueOn")
        .ifPresent(action::dueOn);
    r.dateExt(ext, "review-on", path + "/reviewOn").ifPresent(action::reviewOn);
    r.codeExt(ext, "monitoring-method", MonitoringMethod.class, path + "/monitoringMethod")
        .ifPresent(action::monitoringMethod);
    PlanResources.partyOrRoleExt(r, ext, "monitor", path + "/monitor").ifPresent(action::monitor);
    int n = 0;
    for (Extension x : Ext.all(ext, "status-change")) {
      String at = path + "/statusHistory/" + n++;
      List<Extension> parts = x.getExtension();
      Optional<ActionStatus> to = r.codeExt(parts, "to", ActionStatus.class, at + "/to");
      Optional<Instant> when = r.instantExt(parts, "at", at + "/at");
      if (to.isEmpty() || when.isEmpty()) {
        r.missing(at, "status change's status or time");
        continue;
      }
      StatusChange.Builder change = new StatusChange.Builder().to(to.get()).at(when.get());
      r.codeExt(parts, "reason", NotCompletedReason.class, at + "/reason")
          .ifPresent(change::reason);
      Optional<ActorId> by =
          r.referenceExt(parts, "by", at + "/by").flatMap(ref -> r.actor(ref, at + "/by"));
      by.ifPresent(change::by);
      r.build(change::build, at).ifPresent(action::addStatusHistory);
    }
    if (task.hasStatusReason()) {
      r.code(NotCompletedReason.class, task.getStatusReason(), path + "/notCompletedReason")
          .ifPresent(action::notCompletedReason);
    }
    r.instantExt(ext, "harmed-informed-at", path + "/harmedInformedAt")
        .ifPresent(action::harmedInformedAt);
    r.extValue(ext, "amount", DecimalType.class, path + "/amount")
        .ifPresent(d -> action.amount(d.getValue()));
    r.extValue(ext, "hours", UnsignedIntType.class, path + "/hours")
        .ifPresent(h -> action.hours(h.getValue()));
    r.identifierExt(ext, "proportionality-check", path + "/proportionalityCheck")
        .flatMap(id -> r.id(List.of(id), SIGN_OFF, SignOffId::of, path + "/proportionalityCheck"))
        .ifPresent(action::proportionalityCheck);
    r.text(ext, "success-criteria", path + "/successCriteria").ifPresent(action::successCriteria);
    r.note(task.getNote(), path + "/evidenceNotes").ifPresent(action::evidenceNotes);
    return r.build(action::build, path);
  }
}
