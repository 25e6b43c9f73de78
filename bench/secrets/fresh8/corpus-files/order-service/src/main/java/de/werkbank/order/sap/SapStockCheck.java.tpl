package de.werkbank.order.sap;

import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoDestinationManager;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoTable;

/**
 * Spike: Lagerbestand per BAPI_MATERIAL_AVAILABILITY direkt aus P01 lesen (statt über den nächtlichen Export).
 * Start: java -Djco.destinations.dir=src/main/resources/sap SapStockCheck 4711-0815
 */
public class SapStockCheck {

    public static void main(String[] args) throws JCoException {
        JCoDestination dest = JCoDestinationManager.getDestination("WERKBANK_RFC");
        JCoFunction f = dest.getRepository().getFunction("BAPI_MATERIAL_AVAILABILITY");
        f.getImportParameterList().setValue("PLANT", "1000");
        f.getImportParameterList().setValue("MATERIAL", args.length > 0 ? args[0] : "4711-0815");
        f.getImportParameterList().setValue("UNIT", "ST");
        f.execute(dest);
        JCoTable wmdvex = f.getTableParameterList().getTable("WMDVEX");
        for (int i = 0; i < wmdvex.getNumRows(); i++) {
            wmdvex.setRow(i);
            System.out.printf("%s verfügbar: %s%n", wmdvex.getDate("COM_DATE"), wmdvex.getBigDecimal("COM_QTY"));
        }
    }
}
