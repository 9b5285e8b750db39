/**
 */
package io.tagwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Framing Annotation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.tagwright.model.ModelPackage#getFramingAnnotation()
 * @model
 * @generated
 */
public enum FramingAnnotation implements Enumerator {
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
	 * The '<em><b>CLOSE UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSE_UP_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSE_UP(1, "CLOSE_UP", "close-up"),

	/**
	 * The '<em><b>UPPER BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPPER_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	UPPER_BODY(2, "UPPER_BODY", "upper body"),

	/**
	 * The '<em><b>COWBOY SHOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COWBOY_SHOT_VALUE
	 * @generated
	 * @ordered
	 */
	COWBOY_SHOT(3, "COWBOY_SHOT", "cowboy shot"),

	/**
	 * The '<em><b>FULL BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	FULL_BODY(4, "FULL_BODY", "full body");

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
	 * The '<em><b>CLOSE UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSE_UP
	 * @model literal="close-up"
	 * @generated
	 * @ordered
	 */
	public static final int CLOSE_UP_VALUE = 1;

	/**
	 * The '<em><b>UPPER BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPPER_BODY
	 * @model literal="upper body"
	 * @generated
	 * @ordered
	 */
	public static final int UPPER_BODY_VALUE = 2;

	/**
	 * The '<em><b>COWBOY SHOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COWBOY_SHOT
	 * @model literal="cowboy shot"
	 * @generated
	 * @ordered
	 */
	public static final int COWBOY_SHOT_VALUE = 3;

	/**
	 * The '<em><b>FULL BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_BODY
	 * @model literal="full body"
	 * @generated
	 * @ordered
	 */
	public static final int FULL_BODY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Framing Annotation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FramingAnnotation[] VALUES_ARRAY =
		new FramingAnnotation[] {
			UNSET,
			CLOSE_UP,
			UPPER_BODY,
			COWBOY_SHOT,
			FULL_BODY,
		};

	/**
	 * A public read-only list of all the '<em><b>Framing Annotation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FramingAnnotation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Framing Annotation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FramingAnnotation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FramingAnnotation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Framing Annotation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FramingAnnotation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FramingAnnotation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Framing Annotation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FramingAnnotation get(int value) {
		switch (value) {
			case UNSET_VALUE: return UNSET;
			case CLOSE_UP_VALUE: return CLOSE_UP;
			case UPPER_BODY_VALUE: return UPPER_BODY;
			case COWBOY_SHOT_VALUE: return COWBOY_SHOT;
			case FULL_BODY_VALUE: return FULL_BODY;
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
	private FramingAnnotation(int value, String name, String literal) {
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
	
} //FramingAnnotation
