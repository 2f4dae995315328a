package dev.notesmcp.architecture;

import dev.notesmcp.adapter.http.archfixture.HttpAdapterImplementingUseCase;
import dev.notesmcp.application.port.in.archfixture.NoteCommandHelper;
import dev.notesmcp.application.port.in.archfixture.NoteCommands;
import dev.notesmcp.application.port.in.archfixture.SharedValue;
import dev.notesmcp.application.port.in.note.CreateNoteUseCase;
import dev.notesmcp.application.port.out.archfixture.NoteRepositoryBase;
import dev.notesmcp.application.service.archfixture.CreateNoteFixtureService;
import dev.notesmcp.application.service.archfixture.CreateNoteHandler;
import org.junit.jupiter.api.Test;

import static dev.notesmcp.architecture.Fixtures.assertAllows;
import static dev.notesmcp.architecture.Fixtures.assertViolates;
import static dev.notesmcp.architecture.UseCaseRulesTest.incoming_port_values_are_records;
import static dev.notesmcp.architecture.UseCaseRulesTest.incoming_ports_are_use_case_interfaces;
import static dev.notesmcp.architecture.UseCaseRulesTest.outgoing_ports_are_interfaces;
import static dev.notesmcp.architecture.UseCaseRulesTest.use_case_implementations_are_services;

/** The naming rules fail on misnamed fixtures and accept nested Command records. */
class UseCaseRulesBiteTest {

    @Test
    void incomingPortNotNamedUseCaseIsCaught() {
        assertViolates(incoming_ports_are_use_case_interfaces, NoteCommands.class);
        assertAllows(incoming_ports_are_use_case_interfaces, CreateNoteUseCase.class, CreateNoteUseCase.Command.class);
    }

    @Test
    void aClassThatIsNotARecordInPortInIsCaught() {
        assertViolates(incoming_port_values_are_records, NoteCommandHelper.class);
        assertAllows(incoming_port_values_are_records, SharedValue.class, CreateNoteUseCase.class);
    }

    @Test
    void useCaseImplementationNotNamedServiceIsCaught() {
        assertViolates(use_case_implementations_are_services, CreateNoteHandler.class);
        assertAllows(use_case_implementations_are_services, CreateNoteFixtureService.class);
    }

    @Test
    void adapterImplementingAUseCaseIsCaught() {
        assertViolates(use_case_implementations_are_services, HttpAdapterImplementingUseCase.class);
    }

    @Test
    void outgoingPortThatIsAClassIsCaught() {
        assertViolates(outgoing_ports_are_interfaces, NoteRepositoryBase.class);
    }
}
