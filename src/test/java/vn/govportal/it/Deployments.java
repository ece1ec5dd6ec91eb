package vn.govportal.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment the integration tests share: the WAR the build just packaged, exactly as
 * users get it. Payara Micro starts once for the whole suite.
 */
@ArquillianSuiteDeployment
public class Deployments {

    @Deployment(testable = false)
    public static WebArchive portal() {
        File war = new File(System.getProperty("govportal.war", "target/govportal.war"));
        return ShrinkWrap.create(ZipImporter.class, "govportal.war").importFrom(war).as(WebArchive.class);
    }
}
