/**
 */
package io.tagwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>View Annotation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.tagwright.model.ModelPackage#getViewAnnotation()
 * @model
 * @generated
 */
public enum ViewAnnotation implements Enumerator {
	/**
	 * The '<em><b>UNSET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSET_VALUE
	 * @generated
	 * @ordered
	 */
	UNSET(0, "UNSET", "unset"),

	/**
	 * The '<em><b>FRONT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRONT_VALUE
	 * @generated
	 * @ordered
	 */
	FRONT(1, "FRONT", "front"),

	/**
	 * The '<em><b>SLIGHTLY LEFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLIGHTLY_LEFT_VALUE
	 * @generated
	 * @ordered
	 */
	SLIGHTLY_LEFT(2, "SLIGHTLY_LEFT", "slightly left"),

	/**
	 * The '<em><b>SLIGHTLY RIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLIGHTLY_RIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	SLIGHTLY_RIGHT(3, "SLIGHTLY_RIGHT", "slightly right"),

	/**
	 * The '<em><b>LEFT PROFILE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEFT_PROFILE_VALUE
	 * @generated
	 * @ordered
	 */
	LEFT_PROFILE(4, "LEFT_PROFILE", "left profile"),

	/**
	 * The '<em><b>RIGHT PROFILE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHT_PROFILE_VALUE
	 * @generated
	 * @ordered
	 */
	RIGHT_PROFILE(5, "RIGHT_PROFILE", "right profile"),

	/**
	 * The '<em><b>FROM ABOVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FROM_ABOVE_VALUE
	 * @generated
	 * @ordered
	 */
	FROM_ABOVE(6, "FROM_ABOVE", "from above"),

	/**
	 * The '<em><b>FROM BELOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FROM_BELOW_VALUE
	 * @generated
	 * @ordered
	 */
	FROM_BELOW(7, "FROM_BELOW", "from below"),

	/**
	 * The '<em><b>FROM BEHIND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FROM_BEHIND_VALUE
	 * @generated
	 * @ordered
	 */
	FROM_BEHIND(8, "FROM_BEHIND", "from behind");

	/**
	 * The '<em><b>UNSET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSET
	 * @model literal="unset"
	 * @generated
	 * @ordered
	 */
	public static final int UNSET_VALUE = 0;

	/**
	 * The '<em><b>FRONT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRONT
	 * @model literal="front"
	 * @generated
	 * @ordered
	 */
	public static final int FRONT_VALUE = 1;

	/**
	 * The '<em><b>SLIGHTLY LEFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLIGHTLY_LEFT
	 * @model literal="slightly left"
	 * @generated
	 * @ordered
	 */
	public static final int SLIGHTLY_LEFT_VALUE = 2;

	/**
	 * The '<em><b>SLIGHTLY RIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLIGHTLY_RIGHT
	 * @model literal="slightly right"
	 * @generated
	 * @ordered
	 */
	public static final int SLIGHTLY_RIGHT_VALUE = 3;

	/**
	 * The '<em><b>LEFT PROFILE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEFT_PROFILE
	 * @model literal="left profile"
	 * @generated
	 * @ordered
	 */
	public static final int LEFT_PROFILE_VALUE = 4;

	/**
	 * The '<em><b>RIGHT PROFILE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHT_PROFILE
	 * @model literal="right profile"
	 * @generated
	 * @ordered
	 */
	public static final int RIGHT_PROFILE_VALUE = 5;

	/**
	 * The '<em><b>FROM ABOVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FROM_ABOVE
	 * @model literal="from above"
	 * @generated
	 * @ordered
	 */
	public static final int FROM_ABOVE_VALUE = 6;

	/**
	 * The '<em><b>FROM BELOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FROM_BELOW
	 * @model literal="from below"
	 * @generated
	 * @ordered
	 */
	public static final int FROM_BELOW_VALUE = 7;

	/**
	 * The '<em><b>FROM BEHIND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FROM_BEHIND
	 * @model literal="from behind"
	 * @generated
	 * @ordered
	 */
	public static final int FROM_BEHIND_VALUE = 8;

	/**
	 * An array of all the '<em><b>View Annotation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ViewAnnotation[] VALUES_ARRAY =
		new ViewAnnotation[] {
			UNSET,
			FRONT,
			SLIGHTLY_LEFT,
			SLIGHTLY_RIGHT,
			LEFT_PROFILE,
			RIGHT_PROFILE,
			FROM_ABOVE,
			FROM_BELOW,
			FROM_BEHIND,
		};

	/**
	 * A public read-only list of all the '<em><b>View Annotation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ViewAnnotation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>View Annotation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ViewAnnotation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ViewAnnotation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>View Annotation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ViewAnnotation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ViewAnnotation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>View Annotation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ViewAnnotation get(int value) {
		switch (value) {
			case UNSET_VALUE: return UNSET;
			case FRONT_VALUE: return FRONT;
			case SLIGHTLY_LEFT_VALUE: return SLIGHTLY_LEFT;
			case SLIGHTLY_RIGHT_VALUE: return SLIGHTLY_RIGHT;
			case LEFT_PROFILE_VALUE: return LEFT_PROFILE;
			case RIGHT_PROFILE_VALUE: return RIGHT_PROFILE;
			case FROM_ABOVE_VALUE: return FROM_ABOVE;
			case FROM_BELOW_VALUE: return FROM_BELOW;
			case FROM_BEHIND_VALUE: return FROM_BEHIND;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ViewAnnotation(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ViewAnnotation
