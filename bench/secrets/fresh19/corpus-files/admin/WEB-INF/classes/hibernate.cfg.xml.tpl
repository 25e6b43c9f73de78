<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="hibernate.connection.driver_class">com.mysql.jdbc.Driver</property>
        <property name="hibernate.connection.url">jdbc:mysql://db1.ordertrail.local:3306/ordertrail?useUnicode=true&amp;characterEncoding=UTF-8</property> ⟦D hib-url-nopw⟧
        <property name="hibernate.connection.username">ot_admin</property>
        <property name="hibernate.connection.password">«hpw#otadmin»</property> ⟦S hib-password⟧
        <property name="hibernate.dialect">org.hibernate.dialect.MySQL5InnoDBDialect</property>
        <property name="hibernate.c3p0.min_size">2</property>
        <property name="hibernate.c3p0.max_size">10</property>
        <property name="hibernate.c3p0.timeout">1800</property>
        <property name="hibernate.show_sql">false</property>
        <property name="hibernate.hbm2ddl.auto">validate</property>
        <mapping class="de.ordertrail.admin.model.Customer"/>
        <mapping class="de.ordertrail.admin.model.PriceList"/>
        <mapping class="de.ordertrail.admin.model.User"/>
    </session-factory>
</hibernate-configuration>
