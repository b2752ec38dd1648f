package app.relay.demo;

import java.util.List;

/** Word lists per market for believable demo clients and contact persons, in their own scripts. */
final class DemoNames {
    private DemoNames() {
    }

    /** One market: country code, regions with cities, name parts, people, phone and web styles. */
    record Market(String country, List<String[]> places, List<String> roots, List<String> prefixes,
            List<String> suffixes, List<String> firstNames, List<String> lastNames, List<String> positions,
            String mobilePrefix, int mobileDigits, String webDomain, List<String> personalMailDomains) {
    }

    static final Market ROMANIA = new Market("RO",
            List.of(new String[] {"Cluj", "Cluj-Napoca"}, new String[] {"Iași", "Iași"},
                    new String[] {"Timiș", "Timișoara"}, new String[] {"Brașov", "Brașov"},
                    new String[] {"Constanța", "Constanța"}, new String[] {"București", "București"},
                    new String[] {"Bihor", "Oradea"}, new String[] {"Dolj", "Craiova"}),
            List.of("Agroprod", "Agrotrans", "Agromec", "Fabrica de Pâine", "Lactate", "Construct", "Farmacia",
                    "Transilvania", "Mobila", "Textila", "Vinuri", "Logistic", "Morărit", "Carmangerie"),
            List.of("SC", "", "", ""),
            List.of("Ştefan", "Ștefănescu", "Bucovina", "Carpați", "Dunărea", "Mureș", "Someș", "Olt", "Țara Bârsei",
                    "Nord", "Vest", "Prahova"),
            List.of("Ionuț", "Ștefania", "Andrei", "Mihaela", "Radu", "Ioana", "Cătălin", "Elena", "Bogdan", "Alina",
                    "Vlad", "Raluca", "Ţiprian", "Gheorghe", "Irina"),
            List.of("Popescu", "Rădulescu", "Ionescu", "Munteanu", "Stoica", "Dumitrescu", "Țurcanu", "Şerban",
                    "Constantinescu", "Lazăr", "Moldovan", "Neagu"),
            List.of("director general", "contabil-șef", "șef achiziții", "șef depozit", "manager logistică",
                    "administrator", "economist"),
            "+407", 8, "ro", List.of("gmail.com", "yahoo.ro"));

    static final Market MOLDOVA = new Market("MD",
            List.of(new String[] {"Chișinău", "Chișinău"}, new String[] {"Bălți", "Bălți"},
                    new String[] {"Cahul", "Cahul"}, new String[] {"Orhei", "Orhei"},
                    new String[] {"Ungheni", "Ungheni"}, new String[] {"Soroca", "Soroca"}),
            List.of("Vinăria", "Agrofirma", "Agrocomplex", "Panificația", "Conserve", "Lactis", "Moldtrans",
                    "Nucile", "Fructe", "Tutun"),
            List.of("SRL", "SA", "Î.I."),
            List.of("Purcari-Nord", "Codru", "Nistru", "Prut", "Răut", "Orhei-Vit", "Bugeac", "Floarea Soarelui"),
            List.of("Ion", "Maria", "Vasile", "Natalia", "Sergiu", "Tatiana", "Dumitru", "Ecaterina", "Victor",
                    "Olga", "Nicolae", "Svetlana"),
            List.of("Ciobanu", "Rusu", "Cebotari", "Lungu", "Munteanu", "Roșca", "Guțu", "Bodiu", "Sârbu", "Țurcan"),
            List.of("director", "contabil-șef", "manager vânzări", "șef aprovizionare", "jurist", "tehnolog"),
            "+3736", 7, "md", List.of("gmail.com", "mail.ru"));

    static final Market RUSSIA = new Market("RU",
            List.of(new String[] {"Москва", "Москва"}, new String[] {"Санкт-Петербург", "Санкт-Петербург"},
                    new String[] {"Новосибирская область", "Новосибирск"},
                    new String[] {"Свердловская область", "Екатеринбург"},
                    new String[] {"Татарстан", "Казань"}, new String[] {"Краснодарский край", "Краснодар"}),
            List.of("Сибирские Ремёсла", "Ёлочка", "Агроснаб", "Агрохолдинг Заря", "Северный Хлеб", "Уралмет",
                    "Волга-Логистик", "Молочный Двор", "СтройКомплект", "Фармсервис", "Берёзка", "Техноткань"),
            List.of("ООО", "АО", "ИП", "ПАО"),
            List.of("Центр", "Плюс", "Групп", "Трейд", "Восток", "Юг"),
            List.of("Алексей", "Пётр", "Ольга", "Наталья", "Сергей", "Анна", "Дмитрий", "Елена", "Фёдор", "Юлия",
                    "Артём", "Татьяна"),
            List.of("Смирнов", "Ёлкин", "Иванов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Новикова",
                    "Фёдоров", "Морозова", "Волков", "Семёнова"),
            List.of("генеральный директор", "главный бухгалтер", "закупщик", "начальник склада", "коммерческий директор",
                    "менеджер по снабжению"),
            "+79", 9, "ru", List.of("yandex.ru", "mail.ru"));

    static final Market SPAIN = new Market("ES",
            List.of(new String[] {"Madrid", "Madrid"}, new String[] {"Cataluña", "Barcelona"},
                    new String[] {"Comunidad Valenciana", "Valencia"}, new String[] {"Andalucía", "Sevilla"},
                    new String[] {"Galicia", "A Coruña"}, new String[] {"Andalucía", "Málaga"}),
            List.of("Distribuciones", "Panadería", "Bodegas", "Conservas", "Agroalimentaria", "Transportes",
                    "Farmacia", "Construcciones", "Textiles", "Hostelería"),
            List.of("", "", "Grupo"),
            List.of("Núñez", "Peña", "Ibáñez", "Muñoz", "del Sur", "Castilla", "La Mancha", "Galaica", "Andaluza",
                    "Levante", "Cantábrico"),
            List.of("José", "María", "Javier", "Lucía", "Ángel", "Carmen", "Íñigo", "Begoña", "Raúl", "Nuria",
                    "Sergio", "Pilar"),
            List.of("Núñez", "Peña", "García", "Fernández", "Martínez", "López", "Ibáñez", "Sánchez", "Muñoz",
                    "Gómez", "Ruiz"),
            List.of("director general", "jefe de compras", "responsable de almacén", "administración",
                    "director financiero", "gerente"),
            "+346", 8, "es", List.of("gmail.com", "hotmail.es"));

    static final List<String> INDUSTRIES = List.of("agriculture", "food retail", "logistics", "construction",
            "pharmacy", "HoReCa", "IT", "textiles", "wine", "manufacturing", "wholesale");

    static final List<String> TAGS = List.of("export", "tender", "seasonal", "wholesale", "retail chain",
            "pays late", "framework contract", "new in 2026");

    static final List<String> HOBBIES = List.of("fishing on the Prut", "football, supports the local club",
            "mountain hiking", "collects wine", "chess", "runs half-marathons", "gardening", "opera",
            "hunting in autumn", "photography");

    static final List<String> FAMILY = List.of("two daughters, the elder studies in Cluj", "married, one son",
            "grandfather since last spring", "wife is a doctor", "three children", "son plays in a youth team",
            "twins born in 2023");
}
