package de.werkbank.order.sap;

import java.util.Properties;

import com.sap.conn.jco.ext.DestinationDataEventListener;
import com.sap.conn.jco.ext.DestinationDataProvider;

/**
 * Liefert die JCo-Destination "WERKBANK_RFC" aus den Spring-Properties, damit keine .jcoDestination-Datei mit
 * Passwort auf dem Server liegen muss.
 */
public class SapDestinationProvider implements DestinationDataProvider {

    public static final String DESTINATION = "WERKBANK_RFC";

    private final SapProperties sap;

    public SapDestinationProvider(SapProperties sap) {
        this.sap = sap;
    }

    @Override
    public Properties getDestinationProperties(String name) {
        if (!DESTINATION.equals(name)) return null;
        Properties p = new Properties();
        p.setProperty(DestinationDataProvider.JCO_ASHOST, sap.getAshost());
        p.setProperty(DestinationDataProvider.JCO_SYSNR, sap.getSysnr());
        p.setProperty(DestinationDataProvider.JCO_CLIENT, sap.getClient());
        p.setProperty(DestinationDataProvider.JCO_USER, sap.getUser());
        p.setProperty(DestinationDataProvider.JCO_PASSWD, sap.getPassword());   ⟦D sap-passwd-prop⟧
        p.setProperty(DestinationDataProvider.JCO_LANG, sap.getLang());
        p.setProperty(DestinationDataProvider.JCO_POOL_CAPACITY, String.valueOf(sap.getPoolCapacity()));
        return p;
    }

    @Override
    public boolean supportsEvents() {
        return false;
    }

    @Override
    public void setDestinationDataEventListener(DestinationDataEventListener listener) {
        // keine Änderungen zur Laufzeit
    }
}
