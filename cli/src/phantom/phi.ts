// Fake protected health information: French-looking people, places and hospitals, so that the
// de-identification has real work to do. Every value is invented; any resemblance is chance.
import type { Random } from './random.ts';

const MALE = ['Jean', 'Pierre', 'Michel', 'André', 'Philippe', 'François', 'Jérôme', 'Thierry', 'Stéphane', 'Gérard', 'Hervé', 'Benoît', 'Loïc', 'Yannick', 'Éric', 'Bernard', 'Christophe', 'Frédéric', 'Noël', 'Rémi'];
const FEMALE = ['Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Françoise', 'Hélène', 'Valérie', 'Chantal', 'Brigitte', 'Céline', 'Agnès', 'Élodie', 'Anaïs', 'Véronique', 'Mireille', 'Geneviève', 'Sophie', 'Maëlle', 'Josiane'];
const SURNAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Le Goff', 'Le Gall', 'Kerbrat', 'Pélissier', 'Béranger'];
const STREETS = ['rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'boulevard Gambetta', 'rue Pasteur', 'place de la Mairie', 'rue des Écoles', 'chemin des Vignes', 'allée des Tilleuls', 'rue du Général de Gaulle', 'impasse des Lilas', 'quai de la Loire'];
const CITIES: ReadonlyArray<readonly [string, string, string]> = [
  ['Paris', '75013', '01'],
  ['Lyon', '69003', '04'],
  ['Marseille', '13005', '04'],
  ['Toulouse', '31059', '05'],
  ['Bordeaux', '33076', '05'],
  ['Lille', '59037', '03'],
  ['Nantes', '44093', '02'],
  ['Rennes', '35033', '02'],
  ['Strasbourg', '67091', '03'],
  ['Montpellier', '34295', '04'],
  ['Grenoble', '38043', '04'],
  ['Dijon', '21079', '03'],
];
const HOSPITAL_KINDS = ['Centre Hospitalier Universitaire de', 'Hôpital privé de', 'Clinique du Parc,', 'Institut du Cœur de', 'Centre Hospitalier de'];

export interface PersonName {
  family: string;
  given: string;
}

export const dicomName = (n: PersonName, prefix = ''): string => `${n.family.toUpperCase()}^${n.given}${prefix ? `^^${prefix}` : ''}`;

export interface Patient {
  name: PersonName;
  birthName: PersonName;
  sex: 'M' | 'F';
  birthDate: Date;
  patientId: string;
  otherPatientIds: string[];
  address: string;
  phone: string;
  motherBirthName: string;
}

export interface Centre {
  index: number;
  institutionName: string;
  institutionAddress: string;
  department: string;
  city: string;
  stationName: string;
  deviceSerialNumber: string;
  referringPhysicians: PersonName[];
  performingPhysicians: PersonName[];
  operators: PersonName[];
  ipPrefix: string;
}

function person(random: Random, sex?: 'M' | 'F'): PersonName {
  const s = sex ?? (random.chance(0.5) ? 'M' : 'F');
  return { family: random.pick(SURNAMES), given: random.pick(s === 'M' ? MALE : FEMALE) };
}

function phone(random: Random, area: string): string {
  // SH holds 16 characters: the national format fits, the international one does not.
  return `${area} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)}`;
}

export function drawCentre(random: Random, index: number): Centre {
  const [city, postcode] = random.pick(CITIES);
  return {
    index,
    institutionName: `${random.pick(HOSPITAL_KINDS)} ${city}`,
    institutionAddress: `${random.int(1, 180)} ${random.pick(STREETS)}, ${postcode} ${city.toUpperCase()}, FRANCE`,
    department: random.pick(['Imagerie cardiaque', 'Radiologie', 'Cardiologie — IRM', 'Service d’imagerie médicale']),
    city,
    stationName: `IRM${random.pick(['CARDIO', 'RADIO', 'URG'])}${random.digits(2)}`,
    deviceSerialNumber: random.digits(5),
    referringPhysicians: [person(random), person(random), person(random)],
    performingPhysicians: [person(random), person(random)],
    operators: [person(random), person(random), person(random)],
    ipPrefix: `${random.int(1, 9)}${random.digits(2)}`,
  };
}

export function drawPatient(random: Random, centre: Centre, birthDate: Date, sex: 'M' | 'F'): Patient {
  const name = person(random, sex);
  const married = sex === 'F' && random.chance(0.5);
  const [city, postcode, area] = random.pick(CITIES);
  const nir = `${sex === 'M' ? 1 : 2}${String(birthDate.getUTCFullYear()).slice(2)}${String(birthDate.getUTCMonth() + 1).padStart(2, '0')}${random.digits(8)}`;
  return {
    name,
    birthName: married ? { family: random.pick(SURNAMES), given: name.given } : name,
    sex,
    birthDate,
    patientId: `${centre.ipPrefix}${random.digits(7)}`,
    otherPatientIds: [nir, `IPP-${random.digits(6)}`],
    address: `${random.int(1, 120)} ${random.pick(STREETS)}, ${postcode} ${city}`,
    phone: phone(random, area),
    motherBirthName: dicomName(person(random, 'F')),
  };
}

export const pickPhysician = (random: Random, people: readonly PersonName[]): string =>
  dicomName(random.pick(people), random.pick(['Dr', 'Pr']));
