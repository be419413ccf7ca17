package vn.trienkhai.plantask;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.trienkhai.security.FormOnlyStart;

/** A task is added only through its start form, whose rules check the plan and the deadline. */
@Configuration(proxyBeanMethods = false)
class PlanTaskAdditionStart {

    @Bean
    static FormOnlyStart planTaskAdditionStartsFromItsForm() {
        return new FormOnlyStart(PlanTaskAdditionProcess.KEY);
    }
}
