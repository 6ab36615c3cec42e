package fr.parole.coding.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementStudyTest {

  @Test
  void keepsUnitsInOrderAndPairsOnlyUnitsBothCodersCoded() {
    AgreementStudy study = new AgreementStudy("alice", "bob")
        .addUnit("s2", "type/levier", "type/obstacle")
        .addUnit("s1", "type/obstacle", null)
        .addUnit("s3", "type/levier", "type/levier");

    assertEquals(List.of("s2", "s1", "s3"), study.units().stream().map(AgreementStudy.CodedUnit::unitId).toList());
    assertEquals(List.of("s2", "s3"), study.pairedUnits().stream().map(AgreementStudy.CodedUnit::unitId).toList());
    assertEquals(List.of("type/levier", "type/obstacle"), List.copyOf(study.categories()));
    assertEquals(3, study.size());
  }

  @Test
  void binaryViewMarksEachPairedUnitPresentOrAbsentForEachCoder() {
    AgreementStudy study = new AgreementStudy("alice", "bob")
        .addUnit("s1", "type/levier", "type/levier")
        .addUnit("s2", "type/levier", "type/obstacle")
        .addUnit("s3", "type/obstacle", "type/obstacle")
        .addUnit("s4", "type/levier", null); // not paired: left out of the view

    AgreementStudy levier = study.binaryView("type/levier");

    assertEquals(List.of(
        new AgreementStudy.CodedUnit("s1", AgreementStudy.PRESENT, AgreementStudy.PRESENT),
        new AgreementStudy.CodedUnit("s2", AgreementStudy.PRESENT, AgreementStudy.ABSENT),
        new AgreementStudy.CodedUnit("s3", AgreementStudy.ABSENT, AgreementStudy.ABSENT)), levier.units());
    assertEquals("alice", levier.coderA());
    assertEquals("bob", levier.coderB());
  }

  @Test
  void refusesAUnitTwiceOrAUnitWithoutAnyCategory() {
    AgreementStudy study = new AgreementStudy("alice", "bob").addUnit("s1", "L", "L");

    assertThrows(IllegalArgumentException.class, () -> study.addUnit("s1", "L", "O"));
    assertThrows(IllegalArgumentException.class, () -> study.addUnit("s2", null, null));
    assertThrows(NullPointerException.class, () -> study.addUnit(null, "L", "L"));
  }
}
